using Lims.Application.Abstractions.Certificates;

namespace Lims.Infrastructure.Certificates;

/// <summary>
/// After the results: the decision rule with the comparison method (none when no conformity is
/// stated) and the remarks. Nothing at all when there is neither.
/// </summary>
internal static class NotesPart
{
    public static void Draw(CertificateCanvas canvas, CertificateDocument document)
    {
        List<Field[]> rows = [];
        if (!string.IsNullOrWhiteSpace(document.DecisionRule))
        {
            rows.Add([new Field(Labels.DecisionRule, document.DecisionRule)]);
        }

        if (!string.IsNullOrWhiteSpace(document.Remarks))
        {
            rows.Add([new Field(Labels.Remarks, document.Remarks)]);
        }

        if (rows.Count > 0)
        {
            SectionTitle.Draw(canvas, string.IsNullOrWhiteSpace(document.DecisionRule) ? Labels.Remarks : Labels.Notes);
            FieldGrid.Draw(canvas, rows);
        }
    }
}
