using System.Text.Json;
using System.Text.Json.Serialization;
using Lims.Domain.ProcedureTemplates;

namespace Lims.Application.Features.ProcedureTemplates;

/// <summary>How a template's definition and a work order's parameters are stored: camelCase, enums by name.</summary>
public static class TemplateJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static string Write(TemplateDefinition definition) => JsonSerializer.Serialize(definition, Options);

    public static TemplateDefinition Read(ProcedureTemplate template) =>
        JsonSerializer.Deserialize<TemplateDefinition>(template.Definition, Options) ?? throw new InvalidOperationException($"Template {template.Id} has no definition.");

    public static string Write(InstrumentParameters parameters) => JsonSerializer.Serialize(parameters, Options);

    public static InstrumentParameters? ReadParameters(string? json) => json is null ? null : JsonSerializer.Deserialize<InstrumentParameters>(json, Options);
}
