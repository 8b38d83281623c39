using Microsoft.Extensions.Caching.Memory;
using Pakn.Core.Attachments;

namespace Pakn.AdminUi.Portal;

/// <summary>
/// The public copy of an evidence photo no moderator blurred: re-encoded without its metadata
/// (<see cref="PhotoBlur.WithoutMetadata"/>). Made on first request and kept for a while, so a
/// popular answer page does not decode the same photo again for every visitor.
/// </summary>
public sealed class PublicPhotoCopies(AttachmentStore store) : IDisposable
{
    private readonly MemoryCache _copies = new(new MemoryCacheOptions { SizeLimit = 64 });

    /// <summary>The clean bytes and their type, or null when the stored file is not a readable photo.</summary>
    public async Task<BlurredPhoto?> GetAsync(string storageKey, CancellationToken cancellationToken)
    {
        if (_copies.TryGetValue(storageKey, out BlurredPhoto? cached))
        {
            return cached;
        }

        var copy = PhotoBlur.WithoutMetadata(await store.ReadAllBytesAsync(storageKey, cancellationToken));
        if (copy.Error is not null)
        {
            return null;
        }

        _copies.Set(storageKey, copy, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = TimeSpan.FromHours(1) });
        return copy;
    }

    public void Dispose() => _copies.Dispose();
}
