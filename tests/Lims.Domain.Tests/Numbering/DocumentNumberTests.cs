using Lims.Domain.Numbering;

namespace Lims.Domain.Tests.Numbering;

public sealed class DocumentNumberTests
{
    [TestCase("JM", NumberKind.Receipt, 2026, 1L, "JM-SJ-2026-000001")]
    [TestCase("JM", NumberKind.VerificationCertificate, 2026, 42L, "JM-JD-2026-000042")]
    [TestCase("JMXH", NumberKind.VerificationResultNotice, 2000, 999_999L, "JMXH-TZ-2000-999999")]
    [TestCase("JM01", NumberKind.CalibrationCertificate, 2999, 123_456L, "JM01-JZ-2999-123456")]
    [TestCase("JM", NumberKind.Receipt, 2026, 1_000_000L, "JM-SJ-2026-1000000")]
    [TestCase("ABCDEFGHIJKLMNOP", NumberKind.Receipt, 2026, long.MaxValue, "ABCDEFGHIJKLMNOP-SJ-2026-9223372036854775807")]
    public void Format_writes_lab_prefix_year_and_a_six_digit_sequence(
        string laboratoryCode, NumberKind kind, int year, long sequence, string expected)
    {
        Assert.That(DocumentNumber.Format(laboratoryCode, kind, year, sequence), Is.EqualTo(expected));
    }

    [TestCase("J", 2026, 1L, TestName = "Format refuses a one-character laboratory code")]
    [TestCase("ABCDEFGHIJKLMNOPQ", 2026, 1L, TestName = "Format refuses a laboratory code of 17 characters")]
    [TestCase("jm", 2026, 1L, TestName = "Format refuses a lower-case laboratory code")]
    [TestCase("J-M", 2026, 1L, TestName = "Format refuses a hyphen in the laboratory code")]
    [TestCase("ＪＭ", 2026, 1L, TestName = "Format refuses full-width letters in the laboratory code")]
    [TestCase("", 2026, 1L, TestName = "Format refuses an empty laboratory code")]
    [TestCase("JM", 1999, 1L, TestName = "Format refuses the year 1999")]
    [TestCase("JM", 3000, 1L, TestName = "Format refuses the year 3000")]
    [TestCase("JM", 2026, 0L, TestName = "Format refuses sequence 0")]
    [TestCase("JM", 2026, -1L, TestName = "Format refuses a negative sequence")]
    public void Format_refuses_bad_arguments(string laboratoryCode, int year, long sequence)
    {
        Assert.Throws(
            Is.InstanceOf<ArgumentException>(),
            () => DocumentNumber.Format(laboratoryCode, NumberKind.Receipt, year, sequence));
    }

    [Test]
    public void Format_refuses_an_undefined_kind()
    {
        Assert.Throws(Is.InstanceOf<ArgumentException>(), () => DocumentNumber.Format("JM", (NumberKind)42, 2026, 1));
    }

    [TestCase("JM-JD-2026-000001", 1, "JM-JD-2026-000001-A1")]
    [TestCase("JM-TZ-2026-000017", 2, "JM-TZ-2026-000017-A2")]
    [TestCase("JM-JZ-2026-1000000", 12, "JM-JZ-2026-1000000-A12")]
    public void Amendment_appends_A_and_its_ordinal_to_the_original(string original, int n, string expected)
    {
        Assert.That(DocumentNumber.Amendment(original, n), Is.EqualTo(expected));
    }

    [TestCase("JM-JD-2026-000001", 0, TestName = "Amendment refuses ordinal 0")]
    [TestCase("JM-JD-2026-000001", -1, TestName = "Amendment refuses a negative ordinal")]
    [TestCase("JM-JD-2026-000001-A1", 2, TestName = "Amendment refuses an amendment as the original")]
    [TestCase("JM-SJ-2026-000001", 1, TestName = "Amendment refuses a receipt number")]
    [TestCase("JM-JD-2026-1", 1, TestName = "Amendment refuses a number that is not in canonical form")]
    [TestCase("", 1, TestName = "Amendment refuses an empty number")]
    public void Amendment_refuses_bad_arguments(string original, int n)
    {
        Assert.Throws(Is.InstanceOf<ArgumentException>(), () => DocumentNumber.Amendment(original, n));
    }

    [TestCase("JM-JD-2026-000001", 0, "JM-JD-2026-000001-A1", TestName = "The first amendment of an original is A1")]
    [TestCase("JM-JD-2026-000001", 1, "JM-JD-2026-000001-A2", TestName = "Amending an original that was amended once gives A2")]
    [TestCase("JM-JD-2026-000001-A1", 1, "JM-JD-2026-000001-A2", TestName = "Amending amendment A1 gives A2 of the original")]
    [TestCase("JM-JZ-2026-000009-A2", 2, "JM-JZ-2026-000009-A3", TestName = "Amending amendment A2 gives A3 of the original")]
    [TestCase("JM-TZ-2026-000003-A1", 4, "JM-TZ-2026-000003-A5", TestName = "Amending an older amendment continues after the last one issued")]
    public void NextAmendmentNumber_always_amends_the_original(string number, int existingAmendments, string expected)
    {
        Assert.That(DocumentNumber.NextAmendmentNumber(number, existingAmendments), Is.EqualTo(expected));
    }

    [TestCase("JM-JD-2026-000001", -1, TestName = "NextAmendmentNumber refuses a negative count")]
    [TestCase("JM-JD-2026-000001-A2", 1, TestName = "NextAmendmentNumber refuses fewer amendments than the one amended")]
    [TestCase("JM-SJ-2026-000001", 0, TestName = "NextAmendmentNumber refuses a receipt number")]
    [TestCase("JM-JD-2026-000001", int.MaxValue, TestName = "NextAmendmentNumber refuses a count that cannot grow")]
    [TestCase("not a number", 0, TestName = "NextAmendmentNumber refuses text that is not a number")]
    public void NextAmendmentNumber_refuses_bad_arguments(string number, int existingAmendments)
    {
        Assert.Throws(Is.InstanceOf<ArgumentException>(), () => DocumentNumber.NextAmendmentNumber(number, existingAmendments));
    }

    [TestCase("JM-SJ-2026-000001", "JM", NumberKind.Receipt, 2026, 1L, 0)]
    [TestCase("JM01-JD-2000-999999", "JM01", NumberKind.VerificationCertificate, 2000, 999_999L, 0)]
    [TestCase("JM-TZ-2999-1000000", "JM", NumberKind.VerificationResultNotice, 2999, 1_000_000L, 0)]
    [TestCase("JM-JZ-2026-000001-A1", "JM", NumberKind.CalibrationCertificate, 2026, 1L, 1)]
    [TestCase("JM-JD-2026-000123-A10", "JM", NumberKind.VerificationCertificate, 2026, 123L, 10)]
    public void TryParse_reads_every_part_and_writes_the_same_text_back(
        string text, string laboratoryCode, NumberKind kind, int year, long sequence, int amendmentOrdinal)
    {
        var parsed = DocumentNumber.TryParse(text, out var number);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(number.LaboratoryCode, Is.EqualTo(laboratoryCode));
            Assert.That(number.Kind, Is.EqualTo(kind));
            Assert.That(number.Year, Is.EqualTo(year));
            Assert.That(number.Sequence, Is.EqualTo(sequence));
            Assert.That(number.AmendmentOrdinal, Is.EqualTo(amendmentOrdinal));
            Assert.That(number.IsAmendment, Is.EqualTo(amendmentOrdinal > 0));
            Assert.That(number.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase(null, TestName = "TryParse refuses no text")]
    [TestCase("", TestName = "TryParse refuses an empty text")]
    [TestCase(" JM-SJ-2026-000001", TestName = "TryParse refuses surrounding spaces")]
    [TestCase("jm-sj-2026-000001", TestName = "TryParse refuses lower case")]
    [TestCase("JM-XX-2026-000001", TestName = "TryParse refuses an unknown kind")]
    [TestCase("JM-SJ-26-000001", TestName = "TryParse refuses a two-digit year")]
    [TestCase("JM-SJ-1999-000001", TestName = "TryParse refuses a year before 2000")]
    [TestCase("JM-SJ-2026-1", TestName = "TryParse refuses an unpadded sequence")]
    [TestCase("JM-SJ-2026-000000", TestName = "TryParse refuses sequence 0")]
    [TestCase("JM-SJ-2026-0000001", TestName = "TryParse refuses a seven-digit sequence with a leading zero")]
    [TestCase("JM-SJ-2026-99999999999999999999", TestName = "TryParse refuses a sequence too large to hold")]
    [TestCase("JM-SJ-2026-00000١", TestName = "TryParse refuses non-ASCII digits")]
    [TestCase("JM-SJ-2026-+00001", TestName = "TryParse refuses a sign in the sequence")]
    [TestCase("J-SJ-2026-000001", TestName = "TryParse refuses a one-character laboratory code")]
    [TestCase("JM-SJ-2026-000001-A1", TestName = "TryParse refuses an amended receipt")]
    [TestCase("JM-JD-2026-000001-A0", TestName = "TryParse refuses amendment 0")]
    [TestCase("JM-JD-2026-000001-A01", TestName = "TryParse refuses an amendment with a leading zero")]
    [TestCase("JM-JD-2026-000001-A", TestName = "TryParse refuses an amendment without its ordinal")]
    [TestCase("JM-JD-2026-000001-B1", TestName = "TryParse refuses a suffix other than A")]
    [TestCase("JM-JD-2026-000001-A1-A1", TestName = "TryParse refuses an amendment of an amendment")]
    [TestCase("JM-JD-2026-000001-A99999999999", TestName = "TryParse refuses an amendment ordinal too large to hold")]
    [TestCase("JM-JD-2026-000001-", TestName = "TryParse refuses a trailing hyphen")]
    public void TryParse_refuses_anything_but_the_canonical_form(string? text)
    {
        var parsed = DocumentNumber.TryParse(text, out var number);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(number, Is.EqualTo(default(DocumentNumber)));
        });
    }

    [Test]
    public void The_original_of_an_amendment_is_the_number_it_amends()
    {
        var amendment = DocumentNumber.Parse("JM-JD-2026-000001-A2");

        Assert.That(amendment.Original, Is.EqualTo(DocumentNumber.Parse("JM-JD-2026-000001")));
    }

    [Test]
    public void Parse_refuses_text_that_is_not_a_number()
    {
        Assert.Throws<FormatException>(() => DocumentNumber.Parse("JM-SJ-2026-1"));
    }
}
