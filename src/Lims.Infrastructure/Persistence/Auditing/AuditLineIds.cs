using System.Buffers.Binary;

namespace Lims.Infrastructure.Persistence.Auditing;

/// <summary>
/// Keys for one save's audit lines: a version 7 UUID for the save (time first), its last four
/// bytes replaced by the line's number, so the lines sort in the order they were made where the
/// database compares UUIDs byte by byte (PostgreSQL, SQLite's text). Made here, not by the
/// database, so EF sends the lines with the save's other inserts and reads nothing back.
/// </summary>
internal sealed class AuditLineIds(DateTimeOffset at)
{
    private readonly Guid _save = Guid.CreateVersion7(at);

    private uint _line;

    public Guid Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        _save.TryWriteBytes(bytes, bigEndian: true, out _);
        BinaryPrimitives.WriteUInt32BigEndian(bytes[12..], _line++);
        return new Guid(bytes, bigEndian: true);
    }
}
