namespace Lims.Domain.Instruments;

/// <summary>What the instrument is used for; the compulsory catalogue covers the first four.</summary>
public enum InstrumentUsage
{
    /// <summary>贸易结算.</summary>
    TradeSettlement,

    /// <summary>医疗卫生.</summary>
    HealthCare,

    /// <summary>安全防护.</summary>
    SafetyProtection,

    /// <summary>环境监测.</summary>
    EnvironmentalMonitoring,
    Other,
}
