namespace Pakn.Core.Reference;

/// <summary>Two-level local government since 1 July 2025: province and commune/ward.</summary>
public enum UnitLevel
{
    /// <summary>Sở, ban, ngành or other agency at province level.</summary>
    ProvinceDepartment,

    /// <summary>UBND phường/xã/đặc khu.</summary>
    CommuneCommittee,

    /// <summary>Văn phòng HĐND và UBND: the intake coordinators' office.</summary>
    CoordinatorOffice,
}
