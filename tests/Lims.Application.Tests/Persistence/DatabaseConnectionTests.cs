using Lims.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Lims.Application.Tests.Persistence;

public sealed class DatabaseConnectionTests
{
    [TestCase("Host=db;Username=lims;Password=x;Database=lims", 20, TestName = "Without a pool size a PostgreSQL process keeps at most 20 connections")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;Maximum Pool Size=50", 50, TestName = "Maximum Pool Size in the connection string wins")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;MaxPoolSize=7", 7, TestName = "MaxPoolSize in the connection string wins")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;maximum pool size=9", 9, TestName = "The pool size keyword in any case wins")]
    public void PostgreSql_pool_size(string given, int expected)
    {
        var prepared = new NpgsqlConnectionStringBuilder(LimsDbOptions.PreparePostgreSql(given));
        Assert.Multiple(() =>
        {
            Assert.That(prepared.MaxPoolSize, Is.EqualTo(expected));
            Assert.That(prepared.Host, Is.EqualTo("db"));
            Assert.That(prepared.Database, Is.EqualTo("lims"));
        });
    }

    [TestCase("Host=db;Username=lims;Password=x;Database=lims", 64, TestName = "Without a setting PostgreSQL statements are prepared automatically, 64 per connection")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;Max Auto Prepare=0", 0, TestName = "Max Auto Prepare=0 in the connection string turns it off")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;MaxAutoPrepare=5", 5, TestName = "MaxAutoPrepare in the connection string wins")]
    public void PostgreSql_automatic_preparation(string given, int expected)
    {
        var prepared = new NpgsqlConnectionStringBuilder(LimsDbOptions.PreparePostgreSql(given));
        Assert.Multiple(() =>
        {
            Assert.That(prepared.MaxAutoPrepare, Is.EqualTo(expected));
            Assert.That(prepared.MaxPoolSize, Is.EqualTo(LimsDbOptions.DefaultPostgreSqlPoolSize));
        });
    }

    [TestCase("Host=db;Username=lims;Password=x;Database=lims", true, TestName = "Without a setting a PostgreSQL connection is not reset on its way back to the pool")]
    [TestCase("Host=db;Username=lims;Password=x;Database=lims;No Reset On Close=false", false, TestName = "No Reset On Close=false in the connection string wins")]
    public void PostgreSql_reset_on_close(string given, bool expected) =>
        Assert.That(new NpgsqlConnectionStringBuilder(LimsDbOptions.PreparePostgreSql(given)).NoResetOnClose, Is.EqualTo(expected));

    private static IEnumerable<TestCaseData> Failures()
    {
        yield return new TestCaseData(new SqliteException("database is locked", 5), true).SetName("SQLite busy is a busy database");
        yield return new TestCaseData(new SqliteException("database table is locked", 6), true).SetName("SQLite locked is a busy database");
        yield return new TestCaseData(new SqliteException("constraint failed", 19), false).SetName("A SQLite constraint is not a busy database");
        yield return new TestCaseData(new InvalidOperationException("transient failure", new PostgresException("too many connections", "FATAL", "FATAL", "53300")), true)
            .SetName("Too many PostgreSQL connections, wrapped by EF, is a busy database");
        yield return new TestCaseData(new NpgsqlException("The connection pool has been exhausted", new TimeoutException()), true).SetName("An exhausted pool is a busy database");
        yield return new TestCaseData(new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01"), true).SetName("A deadlock victim may try again");
        yield return new TestCaseData(new PostgresException("duplicate key", "ERROR", "ERROR", "23505"), false).SetName("A unique violation is not a busy database");
        yield return new TestCaseData(new InvalidOperationException("a bug"), false).SetName("A bug is not a busy database");
    }

    [TestCaseSource(nameof(Failures))]
    public void Busy_database(Exception failure, bool busy) => Assert.That(DatabaseBusy.Is(failure), Is.EqualTo(busy));
}
