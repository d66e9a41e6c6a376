using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Lims.Infrastructure.Persistence.Sqlite;

/// <summary>
/// SQLite has no instant type, and EF cannot compare or order <see cref="DateTimeOffset"/> stored
/// as text there. Lims keeps every instant in UTC, so storing UTC ticks keeps order and filters in SQL.
/// </summary>
public sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
