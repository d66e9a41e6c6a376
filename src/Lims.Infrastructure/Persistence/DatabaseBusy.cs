using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Lims.Infrastructure.Persistence;

/// <summary>
/// Recognises a failure that says "try again shortly" rather than "this request is wrong": no free
/// connection, too many connections on the server, a lock that outlasted its timeout, a deadlock
/// victim. Such a request changed nothing and may be repeated.
/// </summary>
public static class DatabaseBusy
{
    public static bool Is(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqliteException sqlite when sqlite.SqliteErrorCode is 5 or 6: // SQLITE_BUSY, SQLITE_LOCKED
                case DbException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
