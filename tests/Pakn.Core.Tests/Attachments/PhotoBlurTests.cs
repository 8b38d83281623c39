using Pakn.Core.Attachments;
using SkiaSharp;

namespace Pakn.Core.Tests.Attachments;

public sealed class PhotoBlurTests
{
    private const int Size = 200;

    [Fact]
    public void Pixels_inside_the_region_change_strongly_and_pixels_outside_stay_exact()
    {
        var original = Checkerboard(SKEncodedImageFormat.Png);

        var blurred = PhotoBlur.Blur(original, [new BlurRegion(0.25, 0.25, 0.5, 0.5)]);

        Assert.Null(blurred.Error);
        Assert.Equal("image/png", blurred.ContentType);
        using var before = SKBitmap.Decode(original);
        using var after = SKBitmap.Decode(blurred.Content);
        Assert.Equal((Size, Size), (after.Width, after.Height));
        var changedInside = 0;
        var inside = 0;
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                var distance = Distance(before.GetPixel(x, y), after.GetPixel(x, y));
                if (x is >= 50 and < 150 && y is >= 50 and < 150)
                {
                    inside++;
                    changedInside += distance > 60 ? 1 : 0;
                }
                else
                {
                    Assert.Equal(0, distance);
                }
            }
        }

        // A checkerboard blurred this strongly turns grey: almost every pixel moves far from black or white.
        Assert.True(changedInside > inside * 0.9, $"{changedInside} of {inside} pixels changed strongly");
    }

    [Fact]
    public void No_region_blurs_the_whole_photo()
    {
        var original = Checkerboard(SKEncodedImageFormat.Png);

        var blurred = PhotoBlur.Blur(original, []);

        using var after = SKBitmap.Decode(blurred.Content);
        Assert.True(Distance(after.GetPixel(5, 5), new SKColor(128, 128, 128)) < 60);
        Assert.True(Distance(after.GetPixel(195, 195), new SKColor(128, 128, 128)) < 60);
    }

    [Fact]
    public void Regions_are_clamped_to_the_photo()
    {
        var blurred = PhotoBlur.Blur(Checkerboard(SKEncodedImageFormat.Png), [new BlurRegion(-1, 0.5, 5, double.NaN), new BlurRegion(0.9, 0.9, 3, 3)]);

        Assert.Null(blurred.Error);
        using var after = SKBitmap.Decode(blurred.Content);
        Assert.Equal((Size, Size), (after.Width, after.Height));
    }

    [Fact]
    public void A_jpeg_comes_back_as_jpeg_without_its_exif()
    {
        var jpeg = WithExif(Checkerboard(SKEncodedImageFormat.Jpeg), "GPS-Hai-Chau");

        var blurred = PhotoBlur.Blur(jpeg, [new BlurRegion(0, 0, 0.1, 0.1)]);

        Assert.Null(blurred.Error);
        Assert.Equal("image/jpeg", blurred.ContentType);
        Assert.Equal([0xFF, 0xD8, 0xFF], blurred.Content[..3]);
        Assert.Equal(-1, IndexOf(blurred.Content, "Exif\0\0"u8.ToArray()));
        Assert.Equal(-1, IndexOf(blurred.Content, "GPS-Hai-Chau"u8.ToArray()));
        Assert.NotEqual(-1, IndexOf(jpeg, "GPS-Hai-Chau"u8.ToArray()));
    }

    [Fact]
    public void A_photo_turned_by_exif_is_stored_upright()
    {
        // 300 × 200 stored, orientation 6 (turn 90° clockwise to display): 200 × 300 displayed.
        using var bitmap = new SKBitmap(300, 200);
        bitmap.Erase(SKColors.Red);
        var jpeg = WithOrientation(bitmap.Encode(SKEncodedImageFormat.Jpeg, 95).ToArray(), 6);
        Assert.Equal((200, 300), PhotoBlur.DisplaySize(jpeg));

        var blurred = PhotoBlur.Blur(jpeg, [new BlurRegion(0, 0, 0.1, 0.1)]);

        using var after = SKBitmap.Decode(blurred.Content);
        Assert.Equal((200, 300), (after.Width, after.Height));
    }

    [Fact]
    public void Something_that_is_not_a_photo_is_refused_in_vietnamese()
    {
        var blurred = PhotoBlur.Blur("%PDF-1.7 not a photo"u8, []);

        Assert.Equal("Không đọc được ảnh (chỉ làm mờ được ảnh JPG, PNG, WEBP, GIF).", blurred.Error);
        Assert.Empty(blurred.Content);
    }

    private static byte[] Checkerboard(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(Size, Size, SKColorType.Rgba8888, SKAlphaType.Premul);
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                bitmap.SetPixel(x, y, (x / 4 + y / 4) % 2 == 0 ? SKColors.Black : SKColors.White);
            }
        }

        return bitmap.Encode(format, 95).ToArray();
    }

    private static int Distance(SKColor a, SKColor b) =>
        Math.Max(Math.Abs(a.Red - b.Red), Math.Max(Math.Abs(a.Green - b.Green), Math.Abs(a.Blue - b.Blue)));

    /// <summary>An APP1 EXIF segment right after SOI, with a marker string where a GPS tag would be.</summary>
    private static byte[] WithExif(byte[] jpeg, string marker) => InsertApp1(jpeg, Tiff(1, [.. System.Text.Encoding.ASCII.GetBytes(marker)]));

    private static byte[] WithOrientation(byte[] jpeg, ushort orientation) => InsertApp1(jpeg, Tiff(orientation, []));

    /// <summary>A little-endian TIFF header with one IFD entry: Orientation.</summary>
    private static byte[] Tiff(ushort orientation, byte[] trailer)
    {
        byte[] tiff =
        [
            (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0,
            1, 0,
            0x12, 0x01, 3, 0, 1, 0, 0, 0, (byte)orientation, 0, 0, 0,
            0, 0, 0, 0,
        ];
        return [.. "Exif\0\0"u8.ToArray(), .. tiff, .. trailer];
    }

    private static byte[] InsertApp1(byte[] jpeg, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, 0xD8, 0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload, .. jpeg[2..]];
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}
