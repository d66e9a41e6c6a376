using Lims.Domain.Customers;

namespace Lims.Api.Tests.Support;

/// <summary>Valid unified social credit codes for test customers: enterprises (91) in Jiangmen districts.</summary>
public static class CreditCodes
{
    private static readonly string[] Districts = ["440703", "440704", "440705", "440781", "440783", "440784", "440785"];

    public static string New()
    {
        var organisation = string.Concat(Enumerable.Range(0, 8).Select(_ => UnifiedSocialCreditCode.Alphabet[Random.Shared.Next(UnifiedSocialCreditCode.Alphabet.Length)]));
        organisation += UnifiedSocialCreditCode.ComputeOrganizationCodeCheckDigit(organisation);
        var first17 = "91" + Districts[Random.Shared.Next(Districts.Length)] + organisation;
        return first17 + UnifiedSocialCreditCode.ComputeCheckCharacter(first17);
    }
}
