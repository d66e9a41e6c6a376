namespace Lims.Domain.Customers;

/// <summary>
/// Why a text is not a unified social credit code: the <see cref="Part"/> that is wrong and a
/// <see cref="Message"/> for the person at the reception desk (English with a Chinese gloss).
/// </summary>
public sealed record CreditCodeProblem(CreditCodePart Part, string Message);
