namespace Lims.Web.Services;

/// <summary>
/// What a refused action said, for one form: a message per field (keyed by the camelCase name the
/// API uses, e.g. <c>creditCode</c>, <c>items[0].conditionOnReceipt</c>) and a message for the form.
/// </summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _fields = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The refusal as a whole (shown in the form's alert and announced).</summary>
    public string? Message { get; private set; }

    public bool Any => Message is not null || _fields.Count > 0;

    public string? this[string field] => _fields.GetValueOrDefault(field);

    public bool Has(string field) => _fields.ContainsKey(field);

    public void Field(string field, string message) => _fields.TryAdd(field, message);

    public void Clear(string field) => _fields.Remove(field);

    public void Refuse(string message) => Message = message;

    public void Clear()
    {
        _fields.Clear();
        Message = null;
    }
}
