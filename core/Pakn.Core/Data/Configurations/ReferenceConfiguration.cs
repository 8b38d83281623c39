using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Reference;

namespace Pakn.Core.Data.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> unit)
    {
        unit.ToTable("Units");
        unit.HasKey(u => u.Code);
        unit.Property(u => u.Code).HasMaxLength(64);
        unit.Property(u => u.Name).HasMaxLength(256);
        unit.Property(u => u.Level).HasConversion<string>().HasMaxLength(32);
        unit.Property(u => u.AreaCode).HasMaxLength(32);
        unit.Property(u => u.Email).HasMaxLength(254);
        unit.Property(u => u.SucceededByCode).HasMaxLength(64);
        unit.HasOne<Unit>().WithMany().HasForeignKey(u => u.SucceededByCode).OnDelete(DeleteBehavior.Restrict);
        unit.Property(u => u.ParentCode).HasMaxLength(64);
        unit.HasOne<Unit>().WithMany().HasForeignKey(u => u.ParentCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AreaConfiguration : IEntityTypeConfiguration<Area>
{
    public void Configure(EntityTypeBuilder<Area> area)
    {
        area.ToTable("Areas");
        area.HasKey(a => a.Code);
        area.Property(a => a.Code).HasMaxLength(32);
        area.Property(a => a.Name).HasMaxLength(128);
        area.Property(a => a.ShortName).HasMaxLength(128);
        area.Property(a => a.CommitteeUnitCode).HasMaxLength(64);
        area.HasOne<Unit>().WithMany().HasForeignKey(a => a.CommitteeUnitCode).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FieldConfiguration : IEntityTypeConfiguration<Field>
{
    public void Configure(EntityTypeBuilder<Field> field)
    {
        field.ToTable("Fields");
        field.HasKey(f => f.Code);
        field.Property(f => f.Code).HasMaxLength(32);
        field.Property(f => f.Name).HasMaxLength(128);
        field.Property(f => f.Description).HasMaxLength(1000);
        field.Property(f => f.Keywords).HasMaxLength(4000);
    }
}

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> rule)
    {
        rule.ToTable("RoutingRules");
        rule.HasKey(r => r.Id);
        rule.Property(r => r.FieldCode).HasMaxLength(32);
        rule.Property(r => r.AreaCode).HasMaxLength(32);
        rule.Property(r => r.UnitCode).HasMaxLength(64);
        rule.HasIndex(r => new { r.FieldCode, r.AreaCode }).IsUnique();
        rule.HasOne<Field>().WithMany().HasForeignKey(r => r.FieldCode).OnDelete(DeleteBehavior.Cascade);
        rule.HasOne<Area>().WithMany().HasForeignKey(r => r.AreaCode).OnDelete(DeleteBehavior.Cascade);
        rule.HasOne<Unit>().WithMany().HasForeignKey(r => r.UnitCode).OnDelete(DeleteBehavior.Restrict);
    }
}
