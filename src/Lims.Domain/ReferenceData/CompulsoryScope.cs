using Lims.Domain.Common;
using Lims.Domain.Instruments;

namespace Lims.Domain.ReferenceData;

/// <summary>
/// What the catalogue (实施强制管理的计量器具目录) says of a type under compulsory verification: the
/// uses it is compulsory for (强制检定范围, some of the four the Metrology Law names) and how it is
/// verified (periodic or initial only).
/// </summary>
public sealed class CompulsoryScope
{
    public CompulsoryScope(IEnumerable<InstrumentUsage> uses, CompulsoryVerification verification)
    {
        ArgumentNullException.ThrowIfNull(uses);
        if (!Enum.IsDefined(verification))
        {
            throw new ArgumentOutOfRangeException(nameof(verification), verification, "Unknown way of compulsory verification.");
        }

        var distinct = uses.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            throw new DomainRuleException("compulsory-uses-required", "A type under compulsory verification must name the uses for which it is compulsory (trade settlement, health care, safety protection, environmental monitoring).");
        }

        var others = distinct.Where(u => !InstrumentType.LegalUses.Contains(u)).ToList();
        if (others.Count > 0)
        {
            throw new DomainRuleException("compulsory-use-not-legal", $"Compulsory verification covers only trade settlement, health care, safety protection and environmental monitoring, not {string.Join(", ", others)}.");
        }

        Uses = distinct;
        Verification = verification;
    }

    /// <summary>In order, each once.</summary>
    public IReadOnlyList<InstrumentUsage> Uses { get; }

    public CompulsoryVerification Verification { get; }

    /// <summary>All four uses of the Metrology Law (第九条): the catalogue's rule where it names no narrower scope.</summary>
    public static CompulsoryScope ForAllLegalUses(CompulsoryVerification verification) => new(InstrumentType.LegalUses, verification);
}
