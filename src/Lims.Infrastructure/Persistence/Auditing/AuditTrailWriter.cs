using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Lims.Application.Abstractions;
using Lims.Domain.Auditing;
using Lims.Domain.Certificates;
using Lims.Domain.Common;
using Lims.Domain.Intake;
using Lims.Domain.Notifications;
using Lims.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Lims.Infrastructure.Persistence.Auditing;

/// <summary>
/// Adds one <see cref="AuditEntry"/> per inserted, updated or deleted record to the save that
/// changes it, so EF writes the change and its audit line in one transaction and one batch of
/// statements: they commit or fail together. Refuses any change or deletion of an audit line: the
/// trail is append-only. One per context (scoped): it remembers the lines of the save under way,
/// to take them out of the context once the save has ended, written or not.
/// </summary>
public sealed class AuditTrailWriter(ICurrentUser user, AuditAuthors authors, TimeProvider clock) : SaveChangesInterceptor
{
    private const string Hidden = "(hidden)";

    private static readonly HashSet<string> SecretProperties = ["PasswordHash", "SecurityStamp", "ConcurrencyStamp"];

    private static readonly JsonEncodedText Before = JsonEncodedText.Encode("before");

    private static readonly JsonEncodedText After = JsonEncodedText.Encode("after");

    private static readonly ConcurrentDictionary<IProperty, JsonEncodedText> Names = new();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private List<AuditEntry> _lines = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Add(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Add(eventData.Context);
        return ValueTask.FromResult(result);
    }

    /// <summary>The save's count is of the records it was asked to save; its audit lines are not among them.</summary>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result) => result - Forget(eventData.Context);

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(result - Forget(eventData.Context));

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    private void Add(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Lines of a save that ended before EF's part began (its changes could not be detected).
        Forget(context);
        var lines = new List<AuditEntry>();
        var at = clock.GetUtcNow();
        var ids = new AuditLineIds(at);
        // One buffer and writer for all the save's lines: each line's JSON is copied out as a string.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder });
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is IdempotencyRecord or CertificatePdf or Notification or RefreshToken or DataProtectionKey)
            {
                // Technical rows: the record they serve (a submission, a certificate) is audited itself;
                // a notification is an outbox message that carries its own times, attempts and errors;
                // refresh tokens come and go with every refresh (sign-in failures go to the security log);
                // a data protection key is secret material that no reader of the trail may see.
                continue;
            }

            if (entry.Entity is AuditEntry)
            {
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                {
                    throw new InvalidOperationException("The audit trail is append-only.");
                }

                continue;
            }

            var action = entry.State switch
            {
                EntityState.Added => AuditAction.Insert,
                EntityState.Modified => AuditAction.Update,
                EntityState.Deleted => AuditAction.Delete,
                _ => (AuditAction?)null,
            };
            if (action is { } a)
            {
                var (author, laboratory) = authors.Of(entry.Entity) ?? (user.UserName, user.LaboratoryCode);
                // System work belongs to no laboratory: its line goes with the record's.
                laboratory ??= (entry.Entity as IBelongsToLaboratory)?.LaboratoryCode;
                lines.Add(new AuditEntry(ids.Next(), at, author, laboratory, a, EntityName(entry), KeyOf(entry), Changes(entry, a, buffer, json)));
            }
        }

        authors.Clear();
        context.AddRange(lines);
        _lines = lines;
    }

    /// <summary>
    /// Takes the save's lines out of the context: written, they are never read back nor changed;
    /// not written, the next save makes its own.
    /// </summary>
    private int Forget(DbContext? context)
    {
        var lines = _lines;
        _lines = [];
        if (context is not null)
        {
            foreach (var line in lines)
            {
                context.Entry(line).State = EntityState.Detached;
            }
        }

        return lines.Count;
    }

    private static string EntityName(EntityEntry entry)
    {
        var name = entry.Metadata.ClrType.Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? name : name[..tick];
    }

    private static string KeyOf(EntityEntry entry) => entry.Entity switch
    {
        IHasCode coded => coded.Code,
        IdentityUser identityUser => identityUser.UserName ?? identityUser.Id,
        _ => string.Join('|', entry.Metadata.FindPrimaryKey()!.Properties.Select(p =>
            entry.Property(p.Name) is { IsTemporary: false } key ? Convert.ToString(key.CurrentValue, System.Globalization.CultureInfo.InvariantCulture) : "(new)")),
    };

    /// <summary>
    /// The changed values as <c>{"name": {"before": …, "after": …}}</c>, written straight to JSON:
    /// common value types by hand, anything else through the serializer with the same options.
    /// </summary>
    private static string Changes(EntityEntry entry, AuditAction action, ArrayBufferWriter<byte> buffer, Utf8JsonWriter json)
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartObject();
        foreach (var property in entry.Properties)
        {
            if (action == AuditAction.Update && !property.IsModified)
            {
                continue;
            }

            var secret = SecretProperties.Contains(property.Metadata.Name);
            object? before = action == AuditAction.Insert ? null : secret ? Hidden : property.OriginalValue;
            object? after = action == AuditAction.Delete ? null : secret ? Hidden : property.IsTemporary ? null : property.CurrentValue;
            if (action == AuditAction.Update && Equals(before, after))
            {
                continue;
            }

            json.WriteStartObject(NameOf(property.Metadata));
            json.WritePropertyName(Before);
            WriteValue(json, before);
            json.WritePropertyName(After);
            WriteValue(json, after);
            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A property's name in the trail's JSON (camel case), encoded once per property of the model.</summary>
    private static JsonEncodedText NameOf(IProperty property) =>
        Names.GetOrAdd(property, static p => JsonEncodedText.Encode(JsonNamingPolicy.CamelCase.ConvertName(p.Name), Json.Encoder));

    private static void WriteValue(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null: json.WriteNullValue(); break;
            case string text: json.WriteStringValue(text); break;
            case Guid id: json.WriteStringValue(id); break;
            case DateTimeOffset at: json.WriteStringValue(at); break;
            case int number: json.WriteNumberValue(number); break;
            case long number: json.WriteNumberValue(number); break;
            case decimal number: json.WriteNumberValue(number); break;
            case bool flag: json.WriteBooleanValue(flag); break;
            // A file (a seal image) is named by its size; the record's hash beside it says which.
            case byte[] bytes: json.WriteStringValue(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({bytes.Length} bytes)")); break;
            default: JsonSerializer.Serialize(json, value, value.GetType(), Json); break;
        }
    }
}
