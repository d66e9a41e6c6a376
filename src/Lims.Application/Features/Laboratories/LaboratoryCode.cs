namespace Lims.Application.Features.Laboratories;

/// <summary>The laboratory code prefixes receipt and certificate numbers, so it is short and plain.</summary>
public static class LaboratoryCode
{
    public const string Pattern = "^[A-Z0-9]{2,16}$";

    public const string Explanation = "'code' must be 2 to 16 capital letters or digits, e.g. JM or JMXH; it prefixes every receipt and certificate number.";
}
