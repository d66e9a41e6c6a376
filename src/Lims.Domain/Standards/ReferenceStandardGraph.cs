using Lims.Domain.Common;

namespace Lims.Domain.Standards;

/// <summary>
/// All reference standards at once (they are few: hundreds at most), so that walking a chain or
/// checking for a cycle never goes back to the database node by node.
/// </summary>
public sealed class ReferenceStandardGraph
{
    private readonly Dictionary<string, ReferenceStandard> _nodes;
    private readonly Dictionary<string, bool> _reachesNational = new(StringComparer.Ordinal);

    public ReferenceStandardGraph(IEnumerable<ReferenceStandard> standards) =>
        _nodes = standards.ToDictionary(s => s.Code, StringComparer.Ordinal);

    public ReferenceStandard? Find(string code) => _nodes.GetValueOrDefault(code);

    /// <summary>A new reference standard; its upstream must already be registered.</summary>
    public ReferenceStandard Add(string code, string name, string holder, ReferenceStandardKind kind, string? tracesTo)
    {
        if (tracesTo is not null && string.Equals(code, tracesTo, StringComparison.Ordinal))
        {
            throw Cycle(code, tracesTo);
        }

        EnsureUpstreamIsKnown(tracesTo);

        var standard = new ReferenceStandard(code, name, holder, kind, tracesTo);
        _nodes[code] = standard;
        _reachesNational.Clear();
        return standard;
    }

    /// <summary>Changes a reference standard, refusing an upstream that leads back to it (<c>traceability-cycle</c>).</summary>
    public void Change(ReferenceStandard standard, string name, string holder, ReferenceStandardKind kind, string? tracesTo)
    {
        EnsureUpstreamIsKnown(tracesTo);
        if (tracesTo is not null && Walk(tracesTo).Nodes.Any(n => string.Equals(n.Code, standard.Code, StringComparison.Ordinal)))
        {
            throw Cycle(standard.Code, tracesTo);
        }

        standard.Set(name, holder, kind, tracesTo);
        _reachesNational.Clear();
    }

    /// <summary>The chain upwards from <paramref name="code"/>, and why it is broken if it is.</summary>
    public ReferenceWalk Walk(string code)
    {
        var nodes = new List<ReferenceStandard>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? next = code;
        while (next is not null)
        {
            if (!seen.Add(next))
            {
                return new ReferenceWalk(nodes, $"The chain loops back to {next}.");
            }

            if (!_nodes.TryGetValue(next, out var node))
            {
                return new ReferenceWalk(nodes, $"Reference standard {next} is not registered.");
            }

            nodes.Add(node);
            next = node.TracesTo;
        }

        var top = nodes[^1];
        return top.Kind == ReferenceStandardKind.NationalPrimaryStandard
            ? new ReferenceWalk(nodes, null)
            : new ReferenceWalk(nodes, $"The chain does not reach a national primary standard: it ends at {top.Code} ({top.Name}, {top.Holder}), an external standard with no upstream standard recorded.");
    }

    /// <summary>Whether the chain from <paramref name="code"/> ends in a national primary standard (memoised).</summary>
    public bool ReachesNationalStandard(string code)
    {
        if (!_reachesNational.TryGetValue(code, out var reaches))
        {
            reaches = Walk(code).Broken is null;
            _reachesNational[code] = reaches;
        }

        return reaches;
    }

    /// <summary>The codes whose chains do not end in a national primary standard.</summary>
    public IReadOnlyList<string> BrokenCodes() => [.. _nodes.Keys.Where(c => !ReachesNationalStandard(c))];

    private void EnsureUpstreamIsKnown(string? tracesTo)
    {
        if (tracesTo is not null && !_nodes.ContainsKey(tracesTo))
        {
            throw new DomainRuleException(StandardsRuleCodes.UnknownReferenceStandard, $"There is no reference standard '{tracesTo}'. Register the upstream standard first, from the top of the chain down.");
        }
    }

    private static DomainRuleException Cycle(string code, string tracesTo) =>
        new(StandardsRuleCodes.TraceabilityCycle, $"{code} cannot trace to {tracesTo}: {tracesTo} already traces (directly or through others) to {code}, so the chain would go round in a circle and never reach a national primary standard.");
}

/// <summary>The reference standards from one code upwards; <see cref="Broken"/> says why the chain is broken, or is null.</summary>
public sealed record ReferenceWalk(IReadOnlyList<ReferenceStandard> Nodes, string? Broken);
