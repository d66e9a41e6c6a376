using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Lims.Api.Tests.Security;

/// <summary>CsCheck generators of what an attacker or a broken client sends.</summary>
public static class HostileJson
{
    private static readonly string[] Nasty =
    [
        "", " ", "\u0000\u0007\u001b[2J", "'; DROP TABLE \"Customers\"; --", "1 OR 1=1", "<script>alert(1)</script>",
        "江门市😀🧪", "\uD800", "../../etc/passwd", "%00", "${jndi:ldap://x}", "{{7*7}}",
        "2026-13-45", "0000-00-00", "9999-12-31", "2026-02-30T25:61:00Z", "NaN", "-0", "1e400", "-1", "0x7fffffff",
        "00000000-0000-0000-0000-000000000000", "Compulsory", "qualified", "true",
        "=HYPERLINK(\"http://x\",\"y\")", "+1+1", "@SUM(A1)", "\t=1", "\r=1", "ＳＮ１２３", "SN\u200B123", "\u202Egnp.exe", "a\u2028b\u2029c", "\uFEFFadmin",
        "ａｄｍｉｎ", "a@b.com, c@d.com", "Name <a@b.com>",
    ];

    /// <summary>Strings: known attacks, arbitrary Unicode, control characters, and very long ones.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (5, Gen.OneOf(Nasty)),
        (3, Gen.String[0, 40]),
        (1, Gen.Char['\u0000', '\u001f'].Array[1, 20].Select(chars => new string(chars))),
        (1, Gen.Int[1_000, 100_000].Select(n => new string('长', n))));

    private static readonly Gen<JsonNode?> Number = Gen.Frequency(
        (2, Gen.OneOf(-1L, 0L, 1L, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue).Select(n => (JsonNode?)n)),
        (1, Gen.OneOf(1e308, -1e308, double.Epsilon, 0.1234567890123456789).Select(d => (JsonNode?)d)),
        (2, Gen.Long.Select(n => (JsonNode?)n)),
        (2, Gen.Double.Where(double.IsFinite).Select(d => (JsonNode?)d)),
        (1, Gen.Decimal.Select(d => (JsonNode?)d)));

    /// <summary>Any JSON value: null, booleans, numbers, strings, and small nested arrays and objects.</summary>
    public static readonly Gen<JsonNode?> Value = Gen.Recursive<JsonNode?>((depth, inner) => depth >= 2
        ? Gen.Frequency((1, Gen.Const<JsonNode?>(() => null)), (1, Gen.Bool.Select(b => (JsonNode?)b)), (3, Number), (5, Text.Select(s => (JsonNode?)s)))
        : Gen.Frequency(
            (1, Gen.Const<JsonNode?>(() => null)),
            (1, Gen.Bool.Select(b => (JsonNode?)b)),
            (3, Number),
            (5, Text.Select(s => (JsonNode?)s)),
            (1, inner.Array[0, 3].Select(items => (JsonNode?)new JsonArray(items))),
            (1, Gen.Select(Gen.String[1, 8], inner).Array[0, 3].Select(pairs => (JsonNode?)Object(pairs)))));

    /// <summary>A JSON object with some of these fields (each with a hostile value) and maybe one the route does not know.</summary>
    public static Gen<string> Body(IReadOnlyList<string> fields) =>
        Gen.Select(Gen.Bool.Array[fields.Count], Value.Array[fields.Count], Gen.Int[0, 3], Value, (present, values, extra, extraValue) =>
        {
            var body = new JsonObject();
            for (var i = 0; i < fields.Count; i++)
            {
                if (present[i])
                {
                    body[fields[i]] = values[i];
                }
            }

            if (extra == 0)
            {
                body["unexpected" + fields.Count.ToString(CultureInfo.InvariantCulture)] = extraValue;
            }

            return body.ToJsonString(Options);
        });

    private static JsonObject Object((string Name, JsonNode? Value)[] pairs)
    {
        var result = new JsonObject();
        foreach (var (name, value) in pairs)
        {
            result[name] = value;
        }

        return result;
    }

    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
