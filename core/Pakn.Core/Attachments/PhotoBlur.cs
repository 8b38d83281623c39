using SkiaSharp;

namespace Pakn.Core.Attachments;

/// <summary>A region to blur, as fractions (0..1) of the displayed photo's width and height.</summary>
public sealed record BlurRegion(double X, double Y, double Width, double Height);

/// <summary>A re-encoded photo, or why it could not be made (in Vietnamese).</summary>
public sealed record BlurredPhoto(byte[] Content, string ContentType, string? Error)
{
    public static BlurredPhoto Failed(string error) => new([], "", error);
}

/// <summary>
/// Blurs regions of a photo (faces, number plates, documents) before it goes public. The photo
/// is decoded, turned upright as its EXIF says (so regions marked on the displayed photo land
/// where they were drawn), blurred and re-encoded, which drops EXIF: GPS positions and camera
/// owners are personal data.
/// </summary>
public static class PhotoBlur
{
    public const long MaxPixels = 40_000_000;
    public const int MaxRegions = 50;
    private const int JpegQuality = 90;

    /// <summary>Width and height of the photo as displayed (EXIF orientation applied), or null when it cannot be decoded.</summary>
    public static (int Width, int Height)? DisplaySize(ReadOnlySpan<byte> content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        return SwapsAxes(codec.EncodedOrigin) ? (height, width) : (width, height);
    }

    /// <summary>An empty region list blurs the whole photo. PNG stays PNG; everything else becomes JPEG.</summary>
    public static BlurredPhoto Blur(ReadOnlySpan<byte> content, IReadOnlyList<BlurRegion> regions) =>
        regions.Count > MaxRegions
            ? BlurredPhoto.Failed($"Tối đa {MaxRegions} vùng làm mờ trên một ảnh.")
            : Render(content, regions);

    /// <summary>
    /// The photo upright and re-encoded with nothing but its pixels: a phone's EXIF carries the
    /// place it was taken (GPS), the time and sometimes the owner's name, none of which belongs on
    /// a public page.
    /// </summary>
    public static BlurredPhoto WithoutMetadata(ReadOnlySpan<byte> content) => Render(content, null);

    /// <summary>Decodes, turns upright, blurs the regions (none when null) and encodes without metadata.</summary>
    private static BlurredPhoto Render(ReadOnlySpan<byte> content, IReadOnlyList<BlurRegion>? regions)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null || codec.EncodedFormat is not (SKEncodedImageFormat.Jpeg or SKEncodedImageFormat.Png or SKEncodedImageFormat.Webp or SKEncodedImageFormat.Gif))
        {
            return BlurredPhoto.Failed("Không đọc được ảnh (chỉ làm mờ được ảnh JPG, PNG, WEBP, GIF).");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return BlurredPhoto.Failed("Ảnh quá lớn để làm mờ (tối đa 40 megapixel).");
        }

        var png = codec.EncodedFormat == SKEncodedImageFormat.Png;
        using var decoded = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var result = codec.GetPixels(decoded.Info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return BlurredPhoto.Failed("Không đọc được ảnh: tệp bị hỏng.");
        }

        using var upright = Upright(decoded, codec.EncodedOrigin, png ? SKColors.Transparent : SKColors.White);
        // Blur from a copy taken before any region changes, so overlapping regions blur once.
        using var source = SKImage.FromPixelCopy(upright.PeekPixels());
        using (var canvas = new SKCanvas(upright))
        {
            foreach (var rect in regions is null ? [] : PixelRects(regions, upright.Width, upright.Height))
            {
                // Strong enough that a face cannot be read: the blur radius scales with the region.
                var sigma = Math.Max(8f, Math.Max(rect.Width, rect.Height) / 6f);
                using var paint = new SKPaint { ImageFilter = SKImageFilter.CreateBlur(sigma, sigma, SKShaderTileMode.Clamp) };
                canvas.Save();
                canvas.ClipRect(rect, SKClipOperation.Intersect, antialias: false);
                canvas.DrawImage(source, 0, 0, SKSamplingOptions.Default, paint);
                canvas.Restore();
            }
        }

        using var encoded = upright.Encode(png ? SKEncodedImageFormat.Png : SKEncodedImageFormat.Jpeg, JpegQuality);
        return encoded is null
            ? BlurredPhoto.Failed("Không lưu được ảnh đã làm mờ.")
            : new BlurredPhoto(encoded.ToArray(), png ? "image/png" : "image/jpeg", null);
    }

    private static IEnumerable<SKRect> PixelRects(IReadOnlyList<BlurRegion> regions, int width, int height)
    {
        if (regions.Count == 0)
        {
            yield return new SKRect(0, 0, width, height);
            yield break;
        }

        foreach (var r in regions)
        {
            var left = Clamp(r.X);
            var top = Clamp(r.Y);
            var right = Clamp(r.X + r.Width);
            var bottom = Clamp(r.Y + r.Height);
            // Whole pixels, rounded outwards: a marked edge is never left sharp.
            var rect = new SKRect(
                (float)Math.Floor(Math.Min(left, right) * width), (float)Math.Floor(Math.Min(top, bottom) * height),
                (float)Math.Ceiling(Math.Max(left, right) * width), (float)Math.Ceiling(Math.Max(top, bottom) * height));
            if (rect.Width > 0 && rect.Height > 0)
            {
                yield return rect;
            }
        }
    }

    private static double Clamp(double v) => double.IsFinite(v) ? Math.Clamp(v, 0, 1) : 0;

    private static bool SwapsAxes(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    private static SKBitmap Upright(SKBitmap decoded, SKEncodedOrigin origin, SKColor background)
    {
        var (w, h) = (decoded.Width, decoded.Height);
        var (dw, dh) = SwapsAxes(origin) ? (h, w) : (w, h);
        var upright = new SKBitmap(new SKImageInfo(dw, dh, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(upright);
        canvas.Clear(background);
        switch (origin)
        {
            case SKEncodedOrigin.TopRight:
                canvas.Translate(w, 0);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.BottomRight:
                canvas.Translate(w, h);
                canvas.RotateDegrees(180);
                break;
            case SKEncodedOrigin.BottomLeft:
                canvas.Translate(0, h);
                canvas.Scale(1, -1);
                break;
            case SKEncodedOrigin.LeftTop:
                canvas.Scale(-1, 1);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightTop:
                canvas.Translate(dw, 0);
                canvas.RotateDegrees(90);
                break;
            case SKEncodedOrigin.RightBottom:
                canvas.Translate(dw, dh);
                canvas.RotateDegrees(90);
                canvas.Scale(-1, 1);
                break;
            case SKEncodedOrigin.LeftBottom:
                canvas.Translate(0, dh);
                canvas.RotateDegrees(270);
                break;
        }

        using var image = SKImage.FromBitmap(decoded);
        canvas.DrawImage(image, 0, 0, SKSamplingOptions.Default);
        return upright;
    }
}
