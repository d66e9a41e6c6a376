using System.Globalization;

namespace Lims.Domain.Standards;

/// <summary>
/// Rule 6 for one piece of equipment on one date: the equipment, its measurement standard, the
/// calibration valid on that date, then the reference standards up to a national primary standard.
/// Reference standards carry no dates here, so their links are judged only by where they lead.
/// </summary>
public sealed class TraceabilityChain
{
    private TraceabilityChain(DateOnly on, IReadOnlyList<TraceabilityLink> links)
    {
        On = on;
        Links = links;
    }

    public DateOnly On { get; }

    public IReadOnlyList<TraceabilityLink> Links { get; }

    /// <summary>Every link is valid and the last one is a national primary standard.</summary>
    public bool Valid => Links.All(l => l.Valid);

    public static TraceabilityChain For(Equipment equipment, MeasurementStandard standard, ReferenceStandardGraph graph, DateOnly on)
    {
        var links = new List<TraceabilityLink>
        {
            EquipmentLink(equipment, on),
            new(TraceabilityLinkKind.MeasurementStandard, standard.Code, standard.Name,
                $"Assessment certificate {standard.AssessmentCertificateNo} valid until {Format(standard.AssessmentValidUntil)}",
                standard.IsAssessmentValidOn(on),
                standard.IsAssessmentValidOn(on) ? null : $"The standard's assessment certificate {standard.AssessmentCertificateNo} expired on {Format(standard.AssessmentValidUntil)}."),
        };

        var calibration = equipment.CalibrationOn(on);
        if (calibration is null)
        {
            links.Add(new(TraceabilityLinkKind.Calibration, "", "", "", false, $"No calibration covers {Format(on)}{LatestText(equipment)}; the chain cannot go further up."));
            return new TraceabilityChain(on, links);
        }

        var failed = calibration.Conformity == CalibrationConformity.Fail;
        links.Add(new(TraceabilityLinkKind.Calibration, calibration.CertificateNo, calibration.IssuedBy,
            $"Calibrated {Format(calibration.CalibratedOn)}, valid until {Format(calibration.ValidUntil)}, U = {calibration.ExpandedUncertainty}, conformity {calibration.Conformity}",
            !failed,
            failed ? $"The calibration's conformity is Fail: the equipment did not meet its specification on {Format(calibration.CalibratedOn)}." : null));

        var walk = graph.Walk(calibration.TracesTo);
        for (var i = 0; i < walk.Nodes.Count; i++)
        {
            var node = walk.Nodes[i];
            var last = i == walk.Nodes.Count - 1;
            var broken = last ? walk.Broken : null;
            links.Add(new(TraceabilityLinkKind.ReferenceStandard, node.Code, node.Name, $"{node.Kind}, held by {node.Holder}", broken is null, broken));
        }

        if (walk.Nodes.Count == 0)
        {
            links.Add(new(TraceabilityLinkKind.ReferenceStandard, calibration.TracesTo, "", "", false, walk.Broken));
        }

        return new TraceabilityChain(on, links);
    }

    private static TraceabilityLink EquipmentLink(Equipment equipment, DateOnly on)
    {
        var detail = $"{equipment.Manufacturer} {equipment.Model}, No. {equipment.SerialNumber}".Trim();
        var withdrawn = equipment.Status != EquipmentStatus.InService && equipment.StatusSince <= on;
        var reason = withdrawn
            ? $"The equipment is {(equipment.Status == EquipmentStatus.OutOfTolerance ? "out of tolerance" : "out of service")} since {Format(equipment.StatusSince!.Value)}: {equipment.StatusReason}"
            : null;
        return new(TraceabilityLinkKind.Equipment, equipment.AssetNo, equipment.Name, detail, !withdrawn, reason);
    }

    private static string LatestText(Equipment equipment) =>
        equipment.NextDue is { } due ? $" (the latest calibration was valid until {Format(due)})" : " (the equipment has never been calibrated)";

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
