using Lims.Application.Common;

namespace Lims.Application.Tests.Reports;

public sealed class CsvCellsTests
{
    [TestCase("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")")]
    [TestCase("+1+1", "'+1+1")]
    [TestCase("-2+3", "'-2+3")]
    [TestCase("@SUM(A1)", "'@SUM(A1)")]
    [TestCase("\t=1", "'\t=1")]
    [TestCase("\r=1", "'\r=1")]
    [TestCase("江门市计量测试所", "江门市计量测试所")]
    [TestCase("a=b", "a=b")]
    [TestCase("", "")]
    public void A_cell_that_a_spreadsheet_would_read_as_a_formula_gets_an_apostrophe(string text, string written) =>
        Assert.That(CsvCells.Inert(text), Is.EqualTo(written));
}
