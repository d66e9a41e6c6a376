namespace Lims.Domain.Intake;

/// <summary>
/// Compulsory verification is free by law (免征); the fee that would have been charged is still
/// recorded as waived, because the city plan reports the amount waived.
/// </summary>
public static class Fees
{
    public static (decimal Fee, decimal Waived) For(decimal typeFee, bool compulsory, ServiceKind service) =>
        compulsory && service == ServiceKind.Verification ? (typeFee, typeFee) : (typeFee, 0m);
}
