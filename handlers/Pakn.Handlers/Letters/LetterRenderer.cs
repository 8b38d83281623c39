using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pakn.Handlers.Letters;

/// <summary>Renders a letter as an HTML print view and as a DOCX document (OpenXML).</summary>
public static class LetterRenderer
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Html(LetterContent letter)
    {
        string E(string text) => Encoder.Encode(text);
        var body = new StringBuilder();
        foreach (var paragraph in letter.Body)
        {
            body.Append("<p class=\"body\">").Append(E(paragraph)).Append("</p>");
        }

        return $$"""
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><title>{{E(LetterContent.Title)}} {{E(letter.Number)}}</title>
            <style>
            body{font-family:"Times New Roman",serif;font-size:14pt;max-width:21cm;margin:2cm auto;line-height:1.4}
            table.head{width:100%;text-align:center}td{vertical-align:top;width:50%}
            .bold{font-weight:bold}.italic{font-style:italic}h1{font-size:14pt;text-align:center;margin-top:1.5em}
            p.body{text-indent:1cm;text-align:justify}table.sign{width:100%;margin-top:2em}
            @media print{ body{margin:0} }
            </style></head>
            <body>
            <table class="head"><tr>
            <td>{{E(letter.GoverningBody)}}<br><span class="bold">{{E(letter.UnitName.ToUpperInvariant())}}</span><br>{{E(letter.Number)}}</td>
            <td><span class="bold">{{E(LetterContent.Nation)}}</span><br><span class="bold">{{E(LetterContent.Motto)}}</span><br><span class="italic">{{E(letter.PlaceAndDate)}}</span></td>
            </tr></table>
            <h1>{{E(LetterContent.Title)}}</h1>
            <p style="text-align:center">{{E(letter.Addressee)}}</p>
            {{body}}
            <table class="sign"><tr>
            <td><span class="bold italic">Nơi nhận:</span><br>- Như trên;<br>- Lưu: VT.</td>
            <td style="text-align:center"><span class="bold">{{E(letter.SignerTitle)}}</span><br><span class="italic">(Ký, ghi rõ họ tên và đóng dấu)</span></td>
            </tr></table>
            </body></html>
            """;
    }

    public static byte[] Docx(LetterContent letter)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body(
                HeaderTable(letter),
                Paragraph(LetterContent.Title, bold: true, center: true, spaceBefore: 360),
                Paragraph(letter.Addressee, center: true));
            foreach (var paragraph in letter.Body)
            {
                body.Append(Paragraph(paragraph, indent: true));
            }

            body.Append(SignatureTable(letter));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1701, Right = 1134 }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Table HeaderTable(LetterContent letter) => TwoColumns(
        [Paragraph(letter.GoverningBody, center: true), Paragraph(letter.UnitName.ToUpperInvariant(), bold: true, center: true), Paragraph(letter.Number, center: true)],
        [Paragraph(LetterContent.Nation, bold: true, center: true), Paragraph(LetterContent.Motto, bold: true, center: true), Paragraph(letter.PlaceAndDate, italic: true, center: true)]);

    private static Table SignatureTable(LetterContent letter) => TwoColumns(
        [Paragraph("Nơi nhận:", bold: true, italic: true), Paragraph("- Như trên;"), Paragraph("- Lưu: VT.")],
        [Paragraph(letter.SignerTitle, bold: true, center: true), Paragraph("(Ký, ghi rõ họ tên và đóng dấu)", italic: true, center: true)]);

    private static Table TwoColumns(Paragraph[] left, Paragraph[] right) =>
        new(
            new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }),
            new TableRow(Cell(left), Cell(right)));

    private static TableCell Cell(Paragraph[] paragraphs)
    {
        var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = "2500", Type = TableWidthUnitValues.Pct }));
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool italic = false, bool center = false, bool indent = false, int spaceBefore = 0)
    {
        var runProperties = new RunProperties(
            new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
            new FontSize { Val = "28" });
        if (bold)
        {
            runProperties.Append(new Bold());
        }

        if (italic)
        {
            runProperties.Append(new Italic());
        }

        var paragraphProperties = new ParagraphProperties(new SpacingBetweenLines { Before = spaceBefore.ToString(System.Globalization.CultureInfo.InvariantCulture), After = "120" });
        if (center)
        {
            paragraphProperties.Append(new Justification { Val = JustificationValues.Center });
        }
        else if (indent)
        {
            paragraphProperties.Append(new Indentation { FirstLine = "567" });
            paragraphProperties.Append(new Justification { Val = JustificationValues.Both });
        }

        return new Paragraph(paragraphProperties, new Run(runProperties, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }
}
