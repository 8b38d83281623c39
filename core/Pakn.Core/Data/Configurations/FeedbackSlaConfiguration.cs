using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Feedback;
using Pakn.Core.Sla;

namespace Pakn.Core.Data.Configurations;

/// <summary>The item's clocks, extension and frozen stages (the rest is in <see cref="FeedbackItemConfiguration"/>).</summary>
internal sealed class FeedbackSlaConfiguration : IEntityTypeConfiguration<FeedbackItem>, IEntityTypeConfiguration<SlaStage>
{
    public void Configure(EntityTypeBuilder<FeedbackItem> item)
    {
        item.HasOne<SlaPolicy>().WithMany().HasForeignKey(f => f.SlaPolicyId).OnDelete(DeleteBehavior.Restrict);
        item.Property(f => f.ExtensionState).HasConversion<string>().HasMaxLength(16);
        item.Property(f => f.ExtensionRequestedBy).HasMaxLength(100);
        item.Property(f => f.ExtensionDecidedBy).HasMaxLength(100);
        item.Property(f => f.ExtensionReason).HasMaxLength(FeedbackItem.ReasonMaxLength);
        item.Property(f => f.ExtensionDecisionNote).HasMaxLength(FeedbackLimits.ReasonMaxLength);
        item.HasMany(f => f.SlaStages).WithOne().HasForeignKey(s => s.FeedbackId);
        item.Navigation(f => f.SlaStages).UsePropertyAccessMode(PropertyAccessMode.Field);
        // Overdue lists per unit, and the unit head's pending extension requests.
        item.HasIndex(f => new { f.Overdue, f.UnitCode });
        item.HasIndex(f => new { f.ExtensionState, f.UnitCode });
    }

    public void Configure(EntityTypeBuilder<SlaStage> stage)
    {
        stage.ToTable("SlaStages");
        stage.HasKey(s => s.Id);
        stage.Property(s => s.Clock).HasConversion<string>().HasMaxLength(16);
        stage.Property(s => s.UnitCode).HasMaxLength(64);
        stage.HasIndex(s => new { s.EndedAt, s.Clock });
    }
}
