using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Pakn.Core.Channels;

internal sealed class ZaloChannelConfiguration : IEntityTypeConfiguration<ZaloChannel>
{
    public void Configure(EntityTypeBuilder<ZaloChannel> channel)
    {
        channel.ToTable("ZaloChannel");
        channel.HasKey(c => c.Id);
        channel.Property(c => c.Id).ValueGeneratedNever();
        channel.Property(c => c.AppId).HasMaxLength(ZaloChannel.KeyMaxLength);
        channel.Property(c => c.OaSecretKey).HasMaxLength(ZaloChannel.KeyMaxLength);
        channel.Property(c => c.AppSecret).HasMaxLength(ZaloChannel.KeyMaxLength);
        channel.Property(c => c.AccessToken).HasMaxLength(ZaloChannel.TokenMaxLength);
        channel.Property(c => c.RefreshToken).HasMaxLength(ZaloChannel.TokenMaxLength);
        channel.Property(c => c.RefreshLeaseOwner).HasMaxLength(64);
        channel.Property(c => c.UpdatedBy).HasMaxLength(256);
    }
}
