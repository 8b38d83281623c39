using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Letters;

namespace Pakn.Core.Data.Configurations;

internal sealed class LetterSequenceConfiguration : IEntityTypeConfiguration<LetterSequence>
{
    public void Configure(EntityTypeBuilder<LetterSequence> sequence)
    {
        sequence.ToTable("LetterSequences");
        sequence.HasKey(s => new { s.UnitCode, s.Year });
        sequence.Property(s => s.UnitCode).HasMaxLength(64);
    }
}
