using System.Globalization;
using Microsoft.Extensions.Options;
using Pakn.Core.Hosting;

namespace Pakn.Core.Attachments;

/// <summary>
/// Attachment bytes as files under the data directory (<c>attachments/yyyy/MM/id.ext</c>); the
/// database keeps only the metadata and this key. Files are written under a temporary name and
/// moved into place, so a crash never leaves half a file under a real key.
/// </summary>
public sealed class AttachmentStore(IOptions<PaknOptions> options)
{
    private string Root => Path.Combine(options.Value.DataDirectory, "attachments");

    public async Task<string> SaveAsync(ReadOnlyMemory<byte> content, string extension, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{at:yyyy}/{at:MM}/{Guid.CreateVersion7(at):N}{extension}");
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), cancellationToken);
        File.Move(temporary, path);
        return key;
    }

    public Stream Open(string key) => File.OpenRead(PathOf(key));

    /// <summary>The whole file, for the photo work that needs it decoded in memory.</summary>
    public Task<byte[]> ReadAllBytesAsync(string key, CancellationToken cancellationToken) =>
        File.ReadAllBytesAsync(PathOf(key), cancellationToken);

    public bool Exists(string key) => File.Exists(PathOf(key));

    public void Delete(string key)
    {
        var path = PathOf(key);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private string PathOf(string key)
    {
        // Keys are ours, but a key read back from a database must still never leave the folder.
        var path = Path.GetFullPath(Path.Combine(Root, key));
        return path.StartsWith(Path.GetFullPath(Root) + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("Attachment key outside the attachment folder.");
    }
}
