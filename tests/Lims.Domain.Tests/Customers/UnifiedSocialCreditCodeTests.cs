using Lims.Domain.Common;
using Lims.Domain.Customers;

namespace Lims.Domain.Tests.Customers;

// The valid codes below were computed once with a separate Python script (not with the code under
// test). Derivation by hand of the published code 91350100M000100Y43:
//
// Organization code M000100Y + check digit (GB 11714, letters worth A=10 … Z=35, so M=22, Y=34):
//   22·3 + 0·7 + 0·9 + 0·10 + 1·5 + 0·8 + 0·4 + 34·2 = 66 + 5 + 68 = 139;
//   139 mod 11 = 7; 11 − 7 = 4                                          → character 17 is '4'.
// Check character (GB 32100, value = index in 0123456789ABCDEFGHJKLMNPQRTUWXY, so M=21, Y=30):
//   chars   9  1  3  5  0  1  0  0  M   0  0  0  1  0  0  Y   4
//   weights 1  3  9 27 19 26 16 17 20  29 25 13  8 24 10 30  28
//   9 + 3 + 27 + 135 + 26 + 420 + 8 + 900 + 112 = 1640;
//   1640 mod 31 = 28; 31 − 28 = 3                                       → character 18 is '3'.
public sealed class UnifiedSocialCreditCodeTests
{
    private const string Published = "91350100M000100Y43";

    [TestCase(Published, TestName = "The published code 91350100M000100Y43 is valid")]
    [TestCase("91440703MA4UJ8K203", TestName = "An enterprise in Pengjiang (440703) is valid")]
    [TestCase("92440704L3R5T7W17C", TestName = "An individual business in Jianghai (440704) is valid")]
    [TestCase("93440705MA51C0GE9U", TestName = "A farmers' cooperative in Xinhui (440705) is valid")]
    [TestCase("12440781456112342K", TestName = "A public institution in Taishan (440781) is valid")]
    [TestCase("5144078350987654XF", TestName = "A social organisation in Kaiping (440783) with organization check digit X is valid")]
    [TestCase("52440784MA4W000112", TestName = "A private non-enterprise unit in Heshan (440784) is valid")]
    [TestCase("914407851937000538", TestName = "An all-digit enterprise code in Enping (440785) is valid")]
    [TestCase("11440700007012346L", TestName = "A government body of the city of Jiangmen (440700) is valid")]
    [TestCase("Y1440700MA5BK2Q736", TestName = "A code from another authority (Y1) is valid")]
    [TestCase("N2440705MA4Y0A0375", TestName = "A village collective economic organisation (N2) is valid")]
    [TestCase("3144070343712345X1", TestName = "A law firm (31) is valid")]
    [TestCase("81440781725030063P", TestName = "A grass-roots trade union (81) is valid")]
    [TestCase("914407034000002370", TestName = "A code whose check character is 0 (31) is valid")]
    [TestCase("914407814000000500", TestName = "A code whose organization check digit is 0 (11) is valid")]
    public void Valid_codes_are_accepted(string text)
    {
        var accepted = UnifiedSocialCreditCode.TryParse(text, out var code, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.True, problem?.Message);
            Assert.That(problem, Is.Null);
            Assert.That(code.Value, Is.EqualTo(text));
        });
    }

    [Test]
    public void The_parts_of_a_code_are_read_by_position()
    {
        var code = UnifiedSocialCreditCode.Parse("91440703MA4UJ8K203");

        Assert.Multiple(() =>
        {
            Assert.That(code.RegistrationAuthority, Is.EqualTo('9'));
            Assert.That(code.EntityType, Is.EqualTo('1'));
            Assert.That(code.AdministrativeDivision, Is.EqualTo("440703"));
            Assert.That(code.OrganizationCode, Is.EqualTo("MA4UJ8K20"));
            Assert.That(code.CheckCharacter, Is.EqualTo('3'));
            Assert.That(code.ToString(), Is.EqualTo("91440703MA4UJ8K203"));
        });
    }

    [TestCase("91350100m000100y43", TestName = "Lower case letters are read as capitals")]
    [TestCase("  91350100M000100Y43\t\n", TestName = "Surrounding spaces, tabs and line breaks are trimmed")]
    [TestCase("\u300091350100M000100Y43\u3000", TestName = "Surrounding ideographic spaces are trimmed")]
    [TestCase("９１３５０１００Ｍ０００１００Ｙ４３", TestName = "Full-width characters from a Chinese input method are read as ASCII")]
    [TestCase("９１３５０１００ｍ０００１００ｙ４３", TestName = "Full-width lower case letters are read as capitals")]
    public void Input_is_normalised_before_it_is_checked(string text)
    {
        var code = UnifiedSocialCreditCode.Parse(text);

        Assert.That(code.Value, Is.EqualTo(Published));
    }

    [Test]
    public void Two_spellings_of_one_code_are_equal()
    {
        Assert.That(UnifiedSocialCreditCode.Parse(" 91350100m000100y43"), Is.EqualTo(UnifiedSocialCreditCode.Parse(Published)));
    }

    [TestCase(null, CreditCodePart.Length, TestName = "No text is refused for its length")]
    [TestCase("", CreditCodePart.Length, TestName = "An empty text is refused for its length")]
    [TestCase("   ", CreditCodePart.Length, TestName = "Only spaces are refused for their length")]
    [TestCase("91350100M000100Y4", CreditCodePart.Length, TestName = "17 characters are refused for their length")]
    [TestCase("91350100M000100Y433", CreditCodePart.Length, TestName = "19 characters are refused for their length")]
    [TestCase("9135 0100M000100Y43", CreditCodePart.Length, TestName = "A space inside the code is not removed")]
    [TestCase("91350100M000100I43", CreditCodePart.Alphabet, TestName = "The letter I is refused as outside the alphabet")]
    [TestCase("91350100MOOO1OOY43", CreditCodePart.Alphabet, TestName = "The letter O is refused as outside the alphabet")]
    [TestCase("91350100M000100Z43", CreditCodePart.Alphabet, TestName = "The letter Z is refused as outside the alphabet")]
    [TestCase("91350100M000100S43", CreditCodePart.Alphabet, TestName = "The letter S is refused as outside the alphabet")]
    [TestCase("91350100M000100V43", CreditCodePart.Alphabet, TestName = "The letter V is refused as outside the alphabet")]
    [TestCase("91350100M000100-43", CreditCodePart.Alphabet, TestName = "Punctuation is refused as outside the alphabet")]
    [TestCase("91350100M000100号43", CreditCodePart.Alphabet, TestName = "A Chinese character is refused as outside the alphabet")]
    [TestCase("B1350100M000100Y41", CreditCodePart.RegistrationAuthority, TestName = "Registration authority B does not exist")]
    [TestCase("01350100M000100Y4C", CreditCodePart.RegistrationAuthority, TestName = "Registration authority 0 does not exist")]
    [TestCase("94350100M000100Y4R", CreditCodePart.EntityType, TestName = "Market regulation (9) issues no entity type 4")]
    [TestCase("98350100M000100Y4D", CreditCodePart.EntityType, TestName = "Market regulation (9) issues no entity type 8")]
    [TestCase("54350100M000100Y4X", CreditCodePart.EntityType, TestName = "Civil affairs (5) issues no entity type 4")]
    [TestCase("Y2350100M000100Y4A", CreditCodePart.EntityType, TestName = "Other authorities (Y) issue only entity type 1")]
    [TestCase("9135A100M000100Y4Y", CreditCodePart.AdministrativeDivision, TestName = "A letter in the administrative division is refused")]
    [TestCase("91H50100M000100Y41", CreditCodePart.AdministrativeDivision, TestName = "A letter at the start of the administrative division is refused")]
    [TestCase("91350100M000100Y56", CreditCodePart.OrganizationCode, TestName = "A wrong organization check digit is refused even when the check character fits")]
    [TestCase("91350100M000100YAM", CreditCodePart.OrganizationCode, TestName = "An organization check digit that is a letter other than X is refused")]
    [TestCase("91350100M000100Y44", CreditCodePart.CheckCharacter, TestName = "A wrong check character is refused")]
    [TestCase("91350100M000100Y40", CreditCodePart.CheckCharacter, TestName = "A check character of 0 where 3 is due is refused")]
    public void Invalid_codes_report_the_wrong_part(string? text, CreditCodePart expected)
    {
        var accepted = UnifiedSocialCreditCode.TryParse(text, out var code, out var problem);

        Assert.Multiple(() =>
        {
            Assert.That(accepted, Is.False);
            Assert.That(code, Is.EqualTo(default(UnifiedSocialCreditCode)));
            Assert.That(problem?.Part, Is.EqualTo(expected), problem?.Message);
            Assert.That(problem?.Message, Is.Not.Empty);
        });
    }

    [Test]
    public void A_character_outside_the_alphabet_is_named_with_its_position()
    {
        var problem = ProblemOf("91350100M000100I43");

        Assert.That(problem?.Message, Does.Contain("Character 16 ('I')").And.Contain("1, 0, 2, 5 or U"));
    }

    [Test]
    public void A_wrong_entity_type_is_explained_with_the_kinds_the_authority_issues()
    {
        var problem = ProblemOf("94350100M000100Y4R");

        Assert.That(problem?.Message, Does.Contain("'4'").And.Contain("企业").And.Contain("个体工商户").And.Contain("农民专业合作社"));
    }

    [Test]
    public void Parse_refuses_an_invalid_code_with_the_invalid_credit_code_rule()
    {
        var exception = Assert.Throws<DomainRuleException>(() => UnifiedSocialCreditCode.Parse("91350100M000100Y44"));

        var problem = ProblemOf("91350100M000100Y44");
        Assert.Multiple(() =>
        {
            Assert.That(exception.Code, Is.EqualTo("invalid-credit-code"));
            Assert.That(exception.Message, Is.EqualTo(problem?.Message));
        });
    }

    [TestCase(Published)]
    [TestCase("5144078350987654XF")]
    [TestCase("N2440705MA4Y0A0375")]
    public void Every_single_character_substitution_is_refused(string valid)
    {
        var accepted = new List<string>();
        for (var position = 0; position < valid.Length; position++)
        {
            foreach (var replacement in UnifiedSocialCreditCode.Alphabet.Where(c => c != valid[position]))
            {
                var typo = string.Concat(valid.AsSpan(0, position), replacement.ToString(), valid.AsSpan(position + 1));
                if (UnifiedSocialCreditCode.TryParse(typo, out _, out _))
                {
                    accepted.Add(typo);
                }
            }
        }

        Assert.That(accepted, Is.Empty);
    }

    [TestCase(Published)]
    [TestCase("5144078350987654XF")]
    [TestCase("N2440705MA4Y0A0375")]
    public void Every_swap_of_two_different_neighbouring_characters_is_refused(string valid)
    {
        var accepted = new List<string>();
        for (var position = 0; position < valid.Length - 1; position++)
        {
            if (valid[position] == valid[position + 1])
            {
                continue;
            }

            var chars = valid.ToCharArray();
            (chars[position], chars[position + 1]) = (chars[position + 1], chars[position]);
            var swapped = new string(chars);
            if (UnifiedSocialCreditCode.TryParse(swapped, out _, out _))
            {
                accepted.Add(swapped);
            }
        }

        Assert.That(accepted, Is.Empty);
    }

    [TestCase("91350100M000100Y4", '3')]
    [TestCase("91440703MA4UJ8K20", '3')]
    [TestCase("92440704L3R5T7W17", 'C')]
    [TestCase("5144078350987654X", 'F')]
    [TestCase("91440703400000237", '0')]
    public void ComputeCheckCharacter_gives_the_GB_32100_check_character(string first17, char expected)
    {
        Assert.That(UnifiedSocialCreditCode.ComputeCheckCharacter(first17), Is.EqualTo(expected));
    }

    [TestCase("M000100Y", '4')]
    [TestCase("MA4UJ8K2", '0')]
    [TestCase("50987654", 'X')]
    [TestCase("40000005", '0')]
    [TestCase("19370005", '3')]
    public void ComputeOrganizationCodeCheckDigit_gives_the_GB_11714_check_digit(string first8, char expected)
    {
        Assert.That(UnifiedSocialCreditCode.ComputeOrganizationCodeCheckDigit(first8), Is.EqualTo(expected));
    }

    [TestCase("91350100M000100Y", TestName = "ComputeCheckCharacter refuses 16 characters")]
    [TestCase("91350100M000100Y43", TestName = "ComputeCheckCharacter refuses 18 characters")]
    [TestCase("91350100M000100I4", TestName = "ComputeCheckCharacter refuses a character outside the alphabet")]
    [TestCase("91350100m000100y4", TestName = "ComputeCheckCharacter refuses lower case")]
    public void ComputeCheckCharacter_refuses_text_that_is_not_17_characters_of_the_alphabet(string first17)
    {
        Assert.Throws<ArgumentException>(() => UnifiedSocialCreditCode.ComputeCheckCharacter(first17));
    }

    [Test]
    public void The_default_value_holds_no_code()
    {
        var code = default(UnifiedSocialCreditCode);

        Assert.Multiple(() =>
        {
            Assert.That(code.Value, Is.Empty);
            Assert.That(code.AdministrativeDivision, Is.Empty);
            Assert.That(code.CheckCharacter, Is.EqualTo('\0'));
        });
    }

    private static CreditCodeProblem? ProblemOf(string text)
    {
        var accepted = UnifiedSocialCreditCode.TryParse(text, out _, out var problem);
        Assert.That(accepted, Is.False);
        return problem;
    }
}
