using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.ApiKeys;
using Pakn.Core.Calendar;
using Pakn.Core.Reference;

namespace Pakn.Core.Data.Configurations;

internal sealed class UnitVersionConfiguration : IEntityTypeConfiguration<UnitVersion>
{
    public void Configure(EntityTypeBuilder<UnitVersion> version)
    {
        version.ToTable("UnitVersions");
        version.HasKey(v => v.Id);
        version.Property(v => v.UnitCode).HasMaxLength(64);
        version.Property(v => v.Name).HasMaxLength(256);
        version.Property(v => v.Level).HasConversion<string>().HasMaxLength(32);
        version.Property(v => v.AreaCode).HasMaxLength(32);
        version.Property(v => v.ParentCode).HasMaxLength(64);
        version.Property(v => v.ChangedBy).HasMaxLength(100);
        version.Property(v => v.Note).HasMaxLength(500);
        // Two administrators saving the same unit at once: one of them gets the version number.
        version.HasIndex(v => new { v.UnitCode, v.Version }).IsUnique();
        version.HasOne<Unit>().WithMany().HasForeignKey(v => v.UnitCode).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> day)
    {
        day.ToTable("CalendarDays");
        day.HasKey(d => d.Date);
        day.Property(d => d.Name).HasMaxLength(200);
        day.Property(d => d.ChangedBy).HasMaxLength(100);
    }
}

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("ApiKeys");
        key.HasKey(k => k.Id);
        key.Property(k => k.Name).HasMaxLength(100);
        key.Property(k => k.Prefix).HasMaxLength(16);
        key.Property(k => k.Hash).HasMaxLength(64);
        key.Property(k => k.CreatedBy).HasMaxLength(100);
        key.Property(k => k.RevokedBy).HasMaxLength(100);
        key.HasIndex(k => k.Hash).IsUnique();
    }
}
