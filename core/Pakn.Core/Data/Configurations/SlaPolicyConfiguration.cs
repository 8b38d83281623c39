using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;

namespace Pakn.Core.Data.Configurations;

internal sealed class SlaPolicyConfiguration : IEntityTypeConfiguration<SlaPolicy>
{
    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public void Configure(EntityTypeBuilder<SlaPolicy> policy)
    {
        policy.ToTable("SlaPolicies");
        policy.HasKey(p => p.Id);
        policy.Property(p => p.FieldCode).HasMaxLength(32);
        policy.Property(p => p.Severity).HasConversion<string>().HasMaxLength(16);
        policy.Property(p => p.Scope).HasMaxLength(64);
        policy.Property(p => p.CreatedBy).HasMaxLength(100);
        policy.Property(p => p.Note).HasMaxLength(500);
        // One row per version of a scope: two administrators saving at once cannot both win.
        policy.HasIndex(p => new { p.Scope, p.Version }).IsUnique();

        // The plans' promises: 24 hours to respond, the field's working days (10 unless the
        // field says otherwise) to resolve; khẩn items 2 and 4 working hours (iHanoi practice).
        policy.HasData(
            new SlaPolicy
            {
                Id = SlaPolicy.DefaultId,
                Scope = SlaPolicy.ScopeOf(null, null),
                Version = 1,
                CreatedAt = Seeded,
                CreatedBy = "system",
                Note = "Mặc định: phản hồi trong 24 giờ, giải quyết theo số ngày làm việc của lĩnh vực.",
            },
            new SlaPolicy
            {
                Id = SlaPolicy.DefaultUrgentId,
                Severity = Severity.Urgent,
                Scope = SlaPolicy.ScopeOf(null, Severity.Urgent),
                Version = 1,
                FirstResponseWorkingHours = 2,
                ResolutionWorkingHours = 4,
                CreatedAt = Seeded,
                CreatedBy = "system",
                Note = "Khẩn: tiếp nhận trong 2 giờ làm việc, giải quyết trong 4 giờ làm việc.",
            });
    }
}
