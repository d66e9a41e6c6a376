using System.Text.Json;
using System.Text.Json.Serialization;

namespace Lims.Application.Features.WorkOrders;

/// <summary>How evaluated points and test items are stored with each results version: camelCase, enums by name (numbers from older versions still read).</summary>
public static class ResultsJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
}
