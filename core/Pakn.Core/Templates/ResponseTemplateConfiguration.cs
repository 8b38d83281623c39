using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pakn.Core.Reference;

namespace Pakn.Core.Templates;

internal sealed class ResponseTemplateConfiguration : IEntityTypeConfiguration<ResponseTemplate>
{
    public void Configure(EntityTypeBuilder<ResponseTemplate> template)
    {
        template.ToTable("ResponseTemplates");
        template.HasKey(t => t.Id);
        template.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        template.Property(t => t.FieldCode).HasMaxLength(32);
        template.Property(t => t.Title).HasMaxLength(ResponseTemplate.TitleMaxLength);
        template.Property(t => t.Body).HasMaxLength(ResponseTemplate.BodyMaxLength);
        template.Property(t => t.UpdatedBy).HasMaxLength(128);
        template.HasOne<Field>().WithMany().HasForeignKey(t => t.FieldCode).OnDelete(DeleteBehavior.Restrict);
        // The picker reads one field's templates of one kind.
        template.HasIndex(t => new { t.FieldCode, t.Kind });
    }
}
