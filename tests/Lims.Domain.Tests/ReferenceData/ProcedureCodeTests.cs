using Lims.Domain.ReferenceData;

namespace Lims.Domain.Tests.ReferenceData;

public sealed class ProcedureCodeTests
{
    [TestCase("JJG 539-2016", true)]
    [TestCase("JJF 1059.1-2012", true)]
    [TestCase("JJG(粤) 001-2018", true)]
    [TestCase("JJG 1-1999", true)]
    [TestCase("JJG539-2016", false)]
    [TestCase("JJG 539", false)]
    [TestCase("JJG 539-16", false)]
    [TestCase("GB/T 7724-2008", false)]
    [TestCase("jjg 539-2016", false)]
    [TestCase(" JJG 539-2016", false)]
    [TestCase("", false)]
    [TestCase(null, false)]
    public void A_code_is_well_formed_only_in_the_national_pattern(string? code, bool expected) =>
        Assert.That(ProcedureCode.IsWellFormed(code), Is.EqualTo(expected));

    [TestCase("JJG 539-2016", ProcedureKind.VerificationRegulation)]
    [TestCase("JJG(粤) 001-2018", ProcedureKind.VerificationRegulation)]
    [TestCase("JJF 1059.1-2012", ProcedureKind.CalibrationSpecification)]
    public void The_series_decides_the_kind(string code, ProcedureKind kind) =>
        Assert.That(ProcedureCode.KindOf(code), Is.EqualTo(kind));
}
