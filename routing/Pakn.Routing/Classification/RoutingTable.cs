using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pakn.Core.Data;
using Pakn.Core.Reference;

namespace Pakn.Routing.Classification;

/// <summary>
/// Reference data routing needs (fields, areas, units, rules), read once and kept briefly:
/// administrators' edits take effect within <see cref="Lifetime"/> without a restart.
/// </summary>
public sealed class RoutingTable(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ReferenceSnapshot<RoutingSnapshot> _snapshot = new(scopes, time, Lifetime, async (db, now, ct) => new RoutingSnapshot(
        await db.Fields.AsNoTracking().ToListAsync(ct),
        await db.Areas.AsNoTracking().ToListAsync(ct),
        await db.Units.AsNoTracking().ToListAsync(ct),
        await db.RoutingRules.AsNoTracking().ToListAsync(ct),
        now));

    public Task<RoutingSnapshot> GetAsync(CancellationToken cancellationToken) => _snapshot.GetAsync(cancellationToken);
}

public sealed class RoutingSnapshot(
    IReadOnlyList<Field> fields,
    IReadOnlyList<Area> areas,
    IReadOnlyList<Unit> units,
    IReadOnlyList<RoutingRule> rules,
    DateTimeOffset loadedAt)
{
    private readonly Dictionary<string, Area> _areas = areas.ToDictionary(a => a.Code);
    private readonly Dictionary<string, Unit> _units = units.ToDictionary(u => u.Code);
    private readonly Dictionary<(string Field, string? Area), RoutingRule> _rules =
        rules.ToDictionary(r => (r.FieldCode, r.AreaCode));

    public DateTimeOffset LoadedAt { get; } = loadedAt;
    public IReadOnlyList<Field> Fields { get; } = fields;

    /// <summary>
    /// The competent unit for a field in an area: the area's own rule, else the field's default;
    /// a rule without a unit means the area's People's Committee. Superseded units hand over to
    /// their successor. Null with a reason when the table cannot say.
    /// </summary>
    public (Unit? Unit, string Reason) FindUnit(string fieldCode, string? areaCode, DateTimeOffset at)
    {
        var rule = (areaCode is not null ? _rules.GetValueOrDefault((fieldCode, areaCode)) : null)
            ?? _rules.GetValueOrDefault((fieldCode, null));
        if (rule is null)
        {
            return (null, $"Bảng phân công chưa có quy tắc cho lĩnh vực {fieldCode}.");
        }

        string unitCode;
        if (rule.UnitCode is not null)
        {
            unitCode = rule.UnitCode;
        }
        else if (areaCode is not null && _areas.TryGetValue(areaCode, out var area))
        {
            unitCode = area.CommitteeUnitCode;
        }
        else
        {
            return (null, "Lĩnh vực thuộc thẩm quyền cấp xã nhưng chưa xác định được phường/xã.");
        }

        var unit = _units.GetValueOrDefault(unitCode);
        for (var hops = 0; unit is not null && !unit.IsActiveAt(at) && hops < 10; hops++)
        {
            unit = unit.SucceededByCode is { } next ? _units.GetValueOrDefault(next) : null;
        }

        return unit is not null && unit.IsActiveAt(at)
            ? (unit, rule.AreaCode is null ? "Theo quy tắc chung của lĩnh vực" : "Theo quy tắc riêng của phường/xã")
            : (null, $"Đơn vị {unitCode} trong bảng phân công không còn hoạt động.");
    }
}
