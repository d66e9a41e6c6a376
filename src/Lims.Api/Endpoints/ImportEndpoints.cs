using Lims.Api.Auth;
using Lims.Application.Common;
using Lims.Application.Features.Imports;
using Microsoft.AspNetCore.Http.Features;

namespace Lims.Api.Endpoints;

/// <summary>
/// Bringing existing records in (rule 15): per kind, a template and an upload (multipart, field
/// <c>file</c>, an .xlsx workbook or a CSV file in UTF-8 or GB18030, up to 20 MB). Each kind is
/// imported by those who register it by hand.
/// </summary>
public static class ImportEndpoints
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly (string Kind, string What, string[] Roles)[] Kinds =
    [
        ("customers", "customers (送检单位): the city's shared register", [Roles.Admin, Roles.QualityManager, Roles.Reception]),
        ("instruments", "instruments (计量器具) with their last verification from before Lims: the city's shared register", [Roles.Admin, Roles.QualityManager, Roles.Reception]),
        ("standards", "the laboratory's measurement standards (计量标准)", [Roles.Admin, Roles.QualityManager]),
        ("equipment", "the laboratory's equipment with its calibrations, one row per certificate", [Roles.Admin, Roles.QualityManager]),
        ("users", "users of the laboratory, who change the imported password at their first sign-in", [Roles.Admin]),
    ];

    public static void MapImports(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        foreach (var (kind, what, roles) in Kinds)
        {
            group.MapGet($"/{kind}/template", (ImportHandler handler) =>
                    TypedResults.File(handler.Template(kind), XlsxType, $"lims-import-{kind}.xlsx"))
                .RequireRoles(roles)
                .WithSummary($"The import template of {what}: an .xlsx with the columns under their Chinese headers, one example row, and a 说明 sheet on each column")
                .Produces(StatusCodes.Status200OK, contentType: XlsxType);

            group.MapPost($"/{kind}", async (HttpRequest request, bool? dryRun, ImportHandler handler, CancellationToken ct) =>
                    await handler.ImportAsync(kind, await UploadedFileAsync(request, ct), dryRun ?? false, ct))
                .RequireRoles(roles)
                .WithRequestSizeLimit(RequestLimits.ImportBytes)
                .Accepts<IFormFile>("multipart/form-data")
                .WithSummary($"Import {what}. dryRun=true writes nothing and reports every refused row (row, column, code, message); otherwise the accepted rows are written in one transaction, audited, and rows already registered are counted unchanged (the same file again adds nothing)")
                .ProducesProblem(StatusCodes.Status400BadRequest)
                .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        }
    }

    /// <summary>
    /// The form's field <c>file</c>, read here rather than bound, so that a body over the limit is
    /// refused (413) before it is read when its length is declared, and as soon as it passes the
    /// limit when it is not; null when the request carries no file.
    /// </summary>
    private static async Task<Stream?> UploadedFileAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > RequestLimits.ImportBytes)
        {
            throw TooLarge();
        }

        if (!request.HasFormContentType)
        {
            return null;
        }

        try
        {
            var form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = RequestLimits.ImportBytes }, ct);
            return form.Files.GetFile("file")?.OpenReadStream();
        }
        catch (InvalidDataException limit) when (limit.Message.Contains("limit", StringComparison.OrdinalIgnoreCase))
        {
            throw TooLarge();
        }
        catch (Exception e) when (e is InvalidDataException or IOException)
        {
            throw new BadHttpRequestException("The multipart form cannot be read. Send the file as multipart/form-data, in a field named 'file'.", StatusCodes.Status400BadRequest, e);
        }
    }

    private static BadHttpRequestException TooLarge() =>
        new($"An import file may be at most {RequestLimits.ImportBytes / (1024 * 1024)} MB. Split it into several files of one kind.", StatusCodes.Status413PayloadTooLarge);
}
