IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(100) NOT NULL,
        [LaboratoryCode] nvarchar(16) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AuditTrail] (
        [Id] bigint NOT NULL IDENTITY,
        [At] datetimeoffset NOT NULL,
        [User] nvarchar(64) NOT NULL,
        [Action] nvarchar(40) NOT NULL,
        [Entity] nvarchar(100) NOT NULL,
        [Key] nvarchar(200) NOT NULL,
        [Changes] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [Laboratories] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(16) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Level] nvarchar(40) NOT NULL,
        [AccreditationNo] nvarchar(50) NOT NULL,
        [Address] nvarchar(300) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Laboratories] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [Procedures] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Procedures] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_Procedures_Code] UNIQUE ([Code])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE TABLE [InstrumentTypes] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [ProcedureCode] nvarchar(40) NOT NULL,
        [Compulsory] bit NOT NULL,
        [IntervalMonths] int NOT NULL,
        [Fee] decimal(12,2) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_InstrumentTypes] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_InstrumentTypes_Procedures_ProcedureCode] FOREIGN KEY ([ProcedureCode]) REFERENCES [Procedures] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_At] ON [AuditTrail] ([At]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_Entity_Key] ON [AuditTrail] ([Entity], [Key]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_InstrumentTypes_Code] ON [InstrumentTypes] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE INDEX [IX_InstrumentTypes_ProcedureCode] ON [InstrumentTypes] ([ProcedureCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Laboratories_Code] ON [Laboratories] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Procedures_Code] ON [Procedures] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127021734_Foundation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127021734_Foundation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    ALTER TABLE [Laboratories] ADD CONSTRAINT [AK_Laboratories_Code] UNIQUE ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    ALTER TABLE [InstrumentTypes] ADD CONSTRAINT [AK_InstrumentTypes_Code] UNIQUE ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [Customers] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [CreditCode] nvarchar(18) NOT NULL,
        [ContactName] nvarchar(100) NOT NULL,
        [Phone] nvarchar(30) NOT NULL,
        [Address] nvarchar(300) NOT NULL,
        [District] nvarchar(50) NOT NULL,
        [Category] nvarchar(40) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Customers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [IdempotencyRecords] (
        [Scope] nvarchar(200) NOT NULL,
        [Key] nvarchar(100) NOT NULL,
        [RequestHash] nvarchar(64) NOT NULL,
        [Response] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_IdempotencyRecords] PRIMARY KEY ([Scope], [Key])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [NumberSequences] (
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [Year] int NOT NULL,
        [LastValue] bigint NOT NULL,
        CONSTRAINT [PK_NumberSequences] PRIMARY KEY ([LaboratoryCode], [Kind], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [Instruments] (
        [Id] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [TypeCode] nvarchar(32) NOT NULL,
        [Manufacturer] nvarchar(100) NOT NULL,
        [Model] nvarchar(100) NOT NULL,
        [SerialNumber] nvarchar(100) NOT NULL,
        [Range] nvarchar(100) NOT NULL,
        [AccuracyClass] nvarchar(50) NOT NULL,
        [Usage] nvarchar(40) NOT NULL,
        [Location] nvarchar(200) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [LastVerifiedOn] date NULL,
        [NextDueOn] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Instruments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Instruments_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Instruments_InstrumentTypes_TypeCode] FOREIGN KEY ([TypeCode]) REFERENCES [InstrumentTypes] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [Submissions] (
        [Id] uniqueidentifier NOT NULL,
        [ReceiptNo] nvarchar(40) NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [ReceivedAt] datetimeoffset NOT NULL,
        [ReceivedBy] nvarchar(64) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [ReturnedAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Submissions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Submissions_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Submissions_Laboratories_LaboratoryCode] FOREIGN KEY ([LaboratoryCode]) REFERENCES [Laboratories] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [SubmissionItems] (
        [Id] uniqueidentifier NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [Line] int NOT NULL,
        [InstrumentId] uniqueidentifier NOT NULL,
        [Service] nvarchar(40) NOT NULL,
        [ConditionOnReceipt] nvarchar(500) NOT NULL,
        [Accessories] nvarchar(500) NOT NULL,
        [Fee] decimal(12,2) NOT NULL,
        [FeeWaived] decimal(12,2) NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_SubmissionItems] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SubmissionItems_Instruments_InstrumentId] FOREIGN KEY ([InstrumentId]) REFERENCES [Instruments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_SubmissionItems_Submissions_SubmissionId] FOREIGN KEY ([SubmissionId]) REFERENCES [Submissions] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE TABLE [WorkOrders] (
        [Id] uniqueidentifier NOT NULL,
        [Number] nvarchar(48) NOT NULL,
        [SubmissionId] uniqueidentifier NOT NULL,
        [InstrumentId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [Service] nvarchar(40) NOT NULL,
        [ProcedureCode] nvarchar(40) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Assignee] nvarchar(64) NULL,
        [RegisteredAt] datetimeoffset NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_WorkOrders] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_WorkOrders_Instruments_InstrumentId] FOREIGN KEY ([InstrumentId]) REFERENCES [Instruments] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_WorkOrders_Submissions_SubmissionId] FOREIGN KEY ([SubmissionId]) REFERENCES [Submissions] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Customers_CreditCode] ON [Customers] ([CreditCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_Customers_Name] ON [Customers] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_IdempotencyRecords_CreatedAt] ON [IdempotencyRecords] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_Instruments_CustomerId] ON [Instruments] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_Instruments_NextDueOn] ON [Instruments] ([NextDueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Instruments_TypeCode_Manufacturer_SerialNumber] ON [Instruments] ([TypeCode], [Manufacturer], [SerialNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_SubmissionItems_InstrumentId] ON [SubmissionItems] ([InstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SubmissionItems_SubmissionId_Line] ON [SubmissionItems] ([SubmissionId], [Line]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_SubmissionItems_WorkOrderId] ON [SubmissionItems] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_Submissions_CustomerId] ON [Submissions] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_Submissions_LaboratoryCode] ON [Submissions] ([LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Submissions_ReceiptNo] ON [Submissions] ([ReceiptNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_Assignee] ON [WorkOrders] ([Assignee]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_InstrumentId] ON [WorkOrders] ([InstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE UNIQUE INDEX [IX_WorkOrders_Number] ON [WorkOrders] ([Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_Status_LaboratoryCode] ON [WorkOrders] ([Status], [LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_SubmissionId] ON [WorkOrders] ([SubmissionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023216_Reception'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127023216_Reception', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [ApprovedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [ApprovedBy] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [AssignedAt] datetimeoffset NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [CertificateNo] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [PerformedBy] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [ResultCount] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [ReviewComment] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [ReviewedBy] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [Authorizations] (
        [Id] uniqueidentifier NOT NULL,
        [UserName] nvarchar(64) NOT NULL,
        [ProcedureCode] nvarchar(40) NOT NULL,
        [CertificateNo] nvarchar(50) NOT NULL,
        [ValidUntil] date NOT NULL,
        CONSTRAINT [PK_Authorizations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Authorizations_Procedures_ProcedureCode] FOREIGN KEY ([ProcedureCode]) REFERENCES [Procedures] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [Certificates] (
        [Id] uniqueidentifier NOT NULL,
        [CertificateNo] nvarchar(48) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [InstrumentId] uniqueidentifier NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [PerformedOn] date NOT NULL,
        [IssuedOn] date NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [IssuedBy] nvarchar(64) NOT NULL,
        [ValidUntil] date NULL,
        [Conclusion] nvarchar(40) NOT NULL,
        [VerificationCode] nvarchar(16) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [Revoked] bit NOT NULL,
        [RevokedAt] datetimeoffset NULL,
        [RevocationReason] nvarchar(1000) NULL,
        [Supersedes] nvarchar(48) NULL,
        [SupersededBy] nvarchar(48) NULL,
        [AmendmentReason] nvarchar(1000) NULL,
        [Corrections] nvarchar(max) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Certificates] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_Certificates_CertificateNo] UNIQUE ([CertificateNo]),
        CONSTRAINT [FK_Certificates_WorkOrders_WorkOrderId] FOREIGN KEY ([WorkOrderId]) REFERENCES [WorkOrders] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [MeasurementStandards] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [AssessmentCertificateNo] nvarchar(100) NOT NULL,
        [AssessmentValidUntil] date NOT NULL,
        [IsPublicStandard] bit NOT NULL,
        [ProcedureCodes] nvarchar(max) NOT NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_MeasurementStandards] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_MeasurementStandards_Code] UNIQUE ([Code]),
        CONSTRAINT [FK_MeasurementStandards_Laboratories_LaboratoryCode] FOREIGN KEY ([LaboratoryCode]) REFERENCES [Laboratories] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [ReferenceStandards] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(32) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Holder] nvarchar(200) NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [TracesTo] nvarchar(32) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_ReferenceStandards] PRIMARY KEY ([Id]),
        CONSTRAINT [AK_ReferenceStandards_Code] UNIQUE ([Code]),
        CONSTRAINT [FK_ReferenceStandards_ReferenceStandards_TracesTo] FOREIGN KEY ([TracesTo]) REFERENCES [ReferenceStandards] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [ResultRecords] (
        [Id] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [Number] int NOT NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        [RecordedBy] nvarchar(64) NOT NULL,
        [PerformedOn] date NOT NULL,
        [TemperatureC] decimal(6,2) NOT NULL,
        [HumidityPct] decimal(6,2) NOT NULL,
        [Location] nvarchar(200) NOT NULL,
        [EquipmentAssetNos] nvarchar(2000) NOT NULL,
        [DecisionRule] nvarchar(40) NOT NULL,
        [Conclusion] nvarchar(40) NOT NULL,
        [Points] nvarchar(max) NOT NULL,
        [Remarks] nvarchar(2000) NOT NULL,
        CONSTRAINT [PK_ResultRecords] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ResultRecords_WorkOrders_WorkOrderId] FOREIGN KEY ([WorkOrderId]) REFERENCES [WorkOrders] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [CertificatePdfs] (
        [CertificateNo] nvarchar(48) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_CertificatePdfs] PRIMARY KEY ([CertificateNo]),
        CONSTRAINT [FK_CertificatePdfs_Certificates_CertificateNo] FOREIGN KEY ([CertificateNo]) REFERENCES [Certificates] ([CertificateNo]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [Equipment] (
        [Id] uniqueidentifier NOT NULL,
        [AssetNo] nvarchar(40) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Manufacturer] nvarchar(200) NOT NULL,
        [Model] nvarchar(100) NOT NULL,
        [SerialNumber] nvarchar(100) NOT NULL,
        [StandardCode] nvarchar(32) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [StatusReason] nvarchar(500) NULL,
        [StatusSince] date NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Equipment] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Equipment_MeasurementStandards_StandardCode] FOREIGN KEY ([StandardCode]) REFERENCES [MeasurementStandards] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [EquipmentCalibration] (
        [Id] uniqueidentifier NOT NULL,
        [EquipmentId] uniqueidentifier NOT NULL,
        [CertificateNo] nvarchar(100) NOT NULL,
        [IssuedBy] nvarchar(200) NOT NULL,
        [CalibratedOn] date NOT NULL,
        [ValidUntil] date NOT NULL,
        [ExpandedUncertainty] nvarchar(100) NOT NULL,
        [Conformity] nvarchar(40) NOT NULL,
        [TracesTo] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_EquipmentCalibration] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EquipmentCalibration_Equipment_EquipmentId] FOREIGN KEY ([EquipmentId]) REFERENCES [Equipment] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EquipmentCalibration_ReferenceStandards_TracesTo] FOREIGN KEY ([TracesTo]) REFERENCES [ReferenceStandards] ([Code]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE TABLE [EquipmentUses] (
        [Id] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [EquipmentId] uniqueidentifier NOT NULL,
        [CalibrationId] uniqueidentifier NULL,
        [PerformedOn] date NOT NULL,
        CONSTRAINT [PK_EquipmentUses] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_EquipmentUses_EquipmentCalibration_CalibrationId] FOREIGN KEY ([CalibrationId]) REFERENCES [EquipmentCalibration] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_EquipmentUses_Equipment_EquipmentId] FOREIGN KEY ([EquipmentId]) REFERENCES [Equipment] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Authorizations_ProcedureCode] ON [Authorizations] ([ProcedureCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Authorizations_UserName_ProcedureCode_CertificateNo] ON [Authorizations] ([UserName], [ProcedureCode], [CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Authorizations_ValidUntil] ON [Authorizations] ([ValidUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Certificates_CertificateNo] ON [Certificates] ([CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Certificates_CustomerId] ON [Certificates] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Certificates_InstrumentId] ON [Certificates] ([InstrumentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Certificates_LaboratoryCode_IssuedOn] ON [Certificates] ([LaboratoryCode], [IssuedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Certificates_WorkOrderId] ON [Certificates] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Equipment_AssetNo] ON [Equipment] ([AssetNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_Equipment_StandardCode_Status] ON [Equipment] ([StandardCode], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_EquipmentCalibration_EquipmentId_CalibratedOn] ON [EquipmentCalibration] ([EquipmentId], [CalibratedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EquipmentCalibration_EquipmentId_CertificateNo] ON [EquipmentCalibration] ([EquipmentId], [CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_EquipmentCalibration_TracesTo] ON [EquipmentCalibration] ([TracesTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_CalibrationId] ON [EquipmentUses] ([CalibrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_EquipmentId_PerformedOn] ON [EquipmentUses] ([EquipmentId], [PerformedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_WorkOrderId] ON [EquipmentUses] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeasurementStandards_Code] ON [MeasurementStandards] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_MeasurementStandards_LaboratoryCode_AssessmentValidUntil] ON [MeasurementStandards] ([LaboratoryCode], [AssessmentValidUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReferenceStandards_Code] ON [ReferenceStandards] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE INDEX [IX_ReferenceStandards_TracesTo] ON [ReferenceStandards] ([TracesTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ResultRecords_WorkOrderId_Number] ON [ResultRecords] ([WorkOrderId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127025219_StandardsAndWorkOrders'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127025219_StandardsAndWorkOrders', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    ALTER TABLE [Customers] ADD [Email] nvarchar(254) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    CREATE TABLE [Notifications] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [SubjectKey] nvarchar(100) NOT NULL,
        [DueOn] date NOT NULL,
        [CustomerId] uniqueidentifier NULL,
        [RecipientName] nvarchar(200) NOT NULL,
        [ContactName] nvarchar(100) NOT NULL,
        [Phone] nvarchar(30) NOT NULL,
        [Email] nvarchar(254) NULL,
        [MessageZh] nvarchar(1000) NOT NULL,
        [MessageEn] nvarchar(1000) NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [Attempts] int NOT NULL,
        [LastError] nvarchar(1000) NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [NextAttemptAt] datetimeoffset NULL,
        [SentAt] datetimeoffset NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_Notifications] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Notifications_Customers_CustomerId] FOREIGN KEY ([CustomerId]) REFERENCES [Customers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    CREATE INDEX [IX_Notifications_CreatedAt] ON [Notifications] ([CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    CREATE INDEX [IX_Notifications_CustomerId] ON [Notifications] ([CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Notifications_Kind_SubjectKey_DueOn] ON [Notifications] ([Kind], [SubjectKey], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    CREATE INDEX [IX_Notifications_Status_NextAttemptAt] ON [Notifications] ([Status], [NextAttemptAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127034652_Recall'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127034652_Recall', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    DROP INDEX [IX_Certificates_InstrumentId] ON [Certificates];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [TurnaroundDays] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    ALTER TABLE [Instruments] ADD [RetiredOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    ALTER TABLE [Instruments] ADD [RetirementReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_ApprovedAt] ON [WorkOrders] ([ApprovedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    CREATE INDEX [IX_Submissions_ReceivedAt] ON [Submissions] ([ReceivedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    CREATE INDEX [IX_Certificates_InstrumentId_Kind_PerformedOn] ON [Certificates] ([InstrumentId], [Kind], [PerformedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    CREATE INDEX [IX_Certificates_IssuedOn_Kind] ON [Certificates] ([IssuedOn], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127040002_Reports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127040002_Reports', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127042629_WorkOrderCancellation'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [CancellationReason] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127042629_WorkOrderCancellation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127042629_WorkOrderCancellation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    DROP INDEX [IX_WorkOrders_ApprovedAt] ON [WorkOrders];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    DROP INDEX [IX_WorkOrders_InstrumentId] ON [WorkOrders];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    DROP INDEX [IX_Submissions_ReceivedAt] ON [Submissions];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    DROP INDEX [IX_Certificates_InstrumentId_Kind_PerformedOn] ON [Certificates];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    DROP INDEX [IX_Certificates_LaboratoryCode_IssuedOn] ON [Certificates];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    ALTER TABLE [Certificates] ADD [InstrumentTypeCode] nvarchar(32) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    EXEC(N'UPDATE [Certificates] SET [InstrumentTypeCode] = (SELECT [TypeCode] FROM [Instruments] WHERE [Instruments].[Id] = [Certificates].[InstrumentId])')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_InstrumentLaboratory] ON [WorkOrders] ([InstrumentId], [LaboratoryCode], [RegisteredAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_TurnaroundByApproval] ON [WorkOrders] ([TurnaroundDays], [ApprovedAt], [LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Submissions_FeesWaived] ON [Submissions] ([ReceivedAt], [LaboratoryCode], [CustomerId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_SubmissionItems_FeesWaived] ON [SubmissionItems] ([SubmissionId], [FeeWaived], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Instruments_CoveragePopulation] ON [Instruments] ([TypeCode], [RetiredOn], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Certificates_Coverage] ON [Certificates] ([InstrumentId], [Kind], [PerformedOn], [Revoked], [SupersededBy], [InstrumentTypeCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Certificates_PassRateByCustomer] ON [Certificates] ([Kind], [CustomerId], [IssuedOn], [Revoked], [Supersedes], [LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Certificates_PassRateByInstrumentType] ON [Certificates] ([Kind], [InstrumentTypeCode], [IssuedOn], [Revoked], [Supersedes], [LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    CREATE INDEX [IX_Certificates_PassRateOfLaboratory] ON [Certificates] ([LaboratoryCode], [IssuedOn], [Kind], [Revoked], [Supersedes], [InstrumentTypeCode], [CustomerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127054738_KpiIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127054738_KpiIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127080115_OutOfServiceCause'
)
BEGIN
    ALTER TABLE [Equipment] ADD [OutOfServiceCause] nvarchar(40) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127080115_OutOfServiceCause'
)
BEGIN
    EXEC(N'UPDATE [Equipment] SET [OutOfServiceCause] = N''ExpiredCalibration'' WHERE [Status] = N''OutOfService'' AND [StatusReason] COLLATE Latin1_General_100_BIN2 LIKE N''calibration expired on %; taken out of service by the recall scan)''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127080115_OutOfServiceCause'
)
BEGIN
    EXEC(N'UPDATE [Equipment] SET [OutOfServiceCause] = N''Other'' WHERE [Status] = N''OutOfService'' AND [OutOfServiceCause] IS NULL')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127080115_OutOfServiceCause'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127080115_OutOfServiceCause', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127081611_KpiLaboratoryIndexes'
)
BEGIN
    DROP INDEX [IX_Certificates_PassRateOfLaboratory] ON [Certificates];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127081611_KpiLaboratoryIndexes'
)
BEGIN
    EXEC(N'CREATE INDEX [IX_WorkOrders_Open] ON [WorkOrders] ([LaboratoryCode], [RegisteredAt]) WHERE "Status" IN (''Registered'', ''Assigned'', ''ResultsRecorded'', ''Reviewed'', ''Rejected'')');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127081611_KpiLaboratoryIndexes'
)
BEGIN
    CREATE INDEX [IX_Instruments_CoverageByInstrument] ON [Instruments] ([Id], [TypeCode], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127081611_KpiLaboratoryIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127081611_KpiLaboratoryIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [Disabled] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [MustChangePassword] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    ALTER TABLE [AspNetUsers] ADD [Version] int NOT NULL DEFAULT 0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    CREATE TABLE [RefreshTokens] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Family] uniqueidentifier NOT NULL,
        [Hash] nvarchar(64) NOT NULL,
        [IssuedAt] datetimeoffset NOT NULL,
        [ExpiresAt] datetimeoffset NOT NULL,
        [UsedAt] datetimeoffset NULL,
        [RevokedAt] datetimeoffset NULL,
        CONSTRAINT [PK_RefreshTokens] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RefreshTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    CREATE INDEX [IX_AspNetUsers_LaboratoryCode] ON [AspNetUsers] ([LaboratoryCode]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_Family] ON [RefreshTokens] ([Family]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RefreshTokens_Hash] ON [RefreshTokens] ([Hash]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    CREATE INDEX [IX_RefreshTokens_UserId] ON [RefreshTokens] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203101934_UserAccountsAndRefreshTokens'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203101934_UserAccountsAndRefreshTokens', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    DROP INDEX [IX_Instruments_CoverageByInstrument] ON [Instruments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    DROP INDEX [IX_Instruments_CoveragePopulation] ON [Instruments];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    ALTER TABLE [InstrumentTypes] ADD [CompulsoryUses] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    ALTER TABLE [InstrumentTypes] ADD [CompulsoryVerification] nvarchar(40) NOT NULL DEFAULT N'Periodic';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    UPDATE [InstrumentTypes] SET [CompulsoryUses] = N'["TradeSettlement","HealthCare","SafetyProtection","EnvironmentalMonitoring"]' WHERE [Compulsory] = 1;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    ALTER TABLE [Customers] ADD [RemindersRequested] bit NOT NULL DEFAULT CAST(0 AS bit);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    CREATE INDEX [IX_Instruments_CoverageByInstrument] ON [Instruments] ([Id], [TypeCode], [Usage], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    CREATE INDEX [IX_Instruments_CoveragePopulation] ON [Instruments] ([TypeCode], [Usage], [RetiredOn], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203125216_CompulsoryScopeAndReminderRequests'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203125216_CompulsoryScopeAndReminderRequests', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203140259_PriorVerificationsAndSerialNumberIndex'
)
BEGIN
    CREATE TABLE [PriorVerifications] (
        [InstrumentId] uniqueidentifier NOT NULL,
        [CertificateNo] nvarchar(100) NOT NULL,
        [IssuedBy] nvarchar(200) NOT NULL,
        [PerformedOn] date NOT NULL,
        [Conclusion] nvarchar(40) NOT NULL,
        CONSTRAINT [PK_PriorVerifications] PRIMARY KEY ([InstrumentId]),
        CONSTRAINT [FK_PriorVerifications_Instruments_InstrumentId] FOREIGN KEY ([InstrumentId]) REFERENCES [Instruments] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203140259_PriorVerificationsAndSerialNumberIndex'
)
BEGIN
    CREATE INDEX [IX_Instruments_SerialNumber] ON [Instruments] ([SerialNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203140259_PriorVerificationsAndSerialNumberIndex'
)
BEGIN
    CREATE INDEX [IX_PriorVerifications_Coverage] ON [PriorVerifications] ([InstrumentId], [PerformedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203140259_PriorVerificationsAndSerialNumberIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203140259_PriorVerificationsAndSerialNumberIndex', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    ALTER TABLE [AuditTrail] DROP CONSTRAINT [PK_AuditTrail];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    ALTER TABLE [AuditTrail] ADD [NewId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    UPDATE [AuditTrail] SET [NewId] = CONVERT(uniqueidentifier, '00000000-0000-0000-0000-' + RIGHT(CONVERT(varchar(16), CONVERT(varbinary(8), [Id]), 2), 12));
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    ALTER TABLE [AuditTrail] DROP COLUMN [Id];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    EXEC sp_rename N'[AuditTrail].[NewId]', N'Id', N'COLUMN';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    ALTER TABLE [AuditTrail] ALTER COLUMN [Id] uniqueidentifier NOT NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    ALTER TABLE [AuditTrail] ADD CONSTRAINT [PK_AuditTrail] PRIMARY KEY ([Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203170329_AuditLineClientKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203170329_AuditLineClientKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203171523_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203171523_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203171523_DataProtectionKeys', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203175148_ReminderWordsRenderedWhenShown'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Notifications]') AND [c].[name] = N'MessageEn');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [Notifications] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [Notifications] DROP COLUMN [MessageEn];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203175148_ReminderWordsRenderedWhenShown'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[Notifications]') AND [c].[name] = N'MessageZh');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [Notifications] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [Notifications] DROP COLUMN [MessageZh];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203175148_ReminderWordsRenderedWhenShown'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203175148_ReminderWordsRenderedWhenShown', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Notifications] ADD [LaboratoryCode] nvarchar(16) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Equipment] ADD [LaboratoryCode] nvarchar(16) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Certificates] ADD [PrintedInstrumentType] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Certificates] ADD [PrintedLaboratory] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Certificates] ADD [PrintedSerialNumber] nvarchar(100) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Authorizations] ADD [GrantedBy] nvarchar(64) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Authorizations] ADD [LaboratoryCode] nvarchar(16) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [AuditTrail] ADD [LaboratoryCode] nvarchar(16) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Equipment" SET "LaboratoryCode" = (SELECT "MeasurementStandards"."LaboratoryCode" FROM "MeasurementStandards" WHERE "MeasurementStandards"."Code" = "Equipment"."StandardCode")')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Authorizations" SET "LaboratoryCode" = COALESCE((SELECT "AspNetUsers"."LaboratoryCode" FROM "AspNetUsers" WHERE "AspNetUsers"."UserName" = "Authorizations"."UserName"), '''')')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "AuditTrail" SET "LaboratoryCode" = (SELECT "AspNetUsers"."LaboratoryCode" FROM "AspNetUsers" WHERE "AspNetUsers"."UserName" = "AuditTrail"."User")')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Notifications" SET "LaboratoryCode" = (SELECT "Equipment"."LaboratoryCode" FROM "Equipment" WHERE "Equipment"."AssetNo" = "Notifications"."SubjectKey") WHERE "Kind" IN (''EquipmentCalibrationExpired'', ''EquipmentCalibrationDue'')')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Notifications" SET "LaboratoryCode" = (SELECT "MeasurementStandards"."LaboratoryCode" FROM "MeasurementStandards" WHERE "MeasurementStandards"."Code" = "Notifications"."SubjectKey") WHERE "Kind" = ''StandardAssessmentDue''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Notifications" SET "LaboratoryCode" = (SELECT NULLIF("Authorizations"."LaboratoryCode", '''') FROM "Authorizations" WHERE LOWER(CONVERT(nvarchar(36), "Authorizations"."Id")) = "Notifications"."SubjectKey") WHERE "Kind" = ''AuthorizationExpiring''')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    EXEC(N'UPDATE "Certificates" SET "PrintedInstrumentType" = COALESCE((SELECT "InstrumentTypes"."Name" FROM "InstrumentTypes" WHERE "InstrumentTypes"."Code" = "Certificates"."InstrumentTypeCode"), ''''), "PrintedSerialNumber" = COALESCE((SELECT "Instruments"."SerialNumber" FROM "Instruments" WHERE "Instruments"."Id" = "Certificates"."InstrumentId"), ''''), "PrintedLaboratory" = COALESCE((SELECT "Laboratories"."Name" FROM "Laboratories" WHERE "Laboratories"."Code" = "Certificates"."LaboratoryCode"), '''')')
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE TABLE [CertificateChanges] (
        [Id] uniqueidentifier NOT NULL,
        [Kind] nvarchar(40) NOT NULL,
        [CertificateNo] nvarchar(48) NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [Corrections] nvarchar(max) NULL,
        [RequestedBy] nvarchar(64) NOT NULL,
        [RequestedAt] datetimeoffset NOT NULL,
        [Status] nvarchar(40) NOT NULL,
        [DecidedBy] nvarchar(64) NULL,
        [DecidedAt] datetimeoffset NULL,
        [DecisionComment] nvarchar(1000) NULL,
        [IssuedCertificateNo] nvarchar(48) NULL,
        [Version] int NOT NULL,
        CONSTRAINT [PK_CertificateChanges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CertificateChanges_Certificates_CertificateNo] FOREIGN KEY ([CertificateNo]) REFERENCES [Certificates] ([CertificateNo]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE TABLE [CustomerNotices] (
        [Id] uniqueidentifier NOT NULL,
        [EquipmentId] uniqueidentifier NOT NULL,
        [AssetNo] nvarchar(40) NOT NULL,
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [CertificateNo] nvarchar(48) NOT NULL,
        [CustomerId] uniqueidentifier NOT NULL,
        [How] nvarchar(40) NOT NULL,
        [ToldOn] date NOT NULL,
        [ToldBy] nvarchar(64) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [RecordedAt] datetimeoffset NOT NULL,
        CONSTRAINT [PK_CustomerNotices] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_CustomerNotices_Certificates_CertificateNo] FOREIGN KEY ([CertificateNo]) REFERENCES [Certificates] ([CertificateNo]) ON DELETE NO ACTION,
        CONSTRAINT [FK_CustomerNotices_Equipment_EquipmentId] FOREIGN KEY ([EquipmentId]) REFERENCES [Equipment] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_Notifications_LaboratoryCode_CreatedAt] ON [Notifications] ([LaboratoryCode], [CreatedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_Equipment_LaboratoryCode_AssetNo] ON [Equipment] ([LaboratoryCode], [AssetNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_Authorizations_LaboratoryCode_UserName] ON [Authorizations] ([LaboratoryCode], [UserName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_AuditTrail_LaboratoryCode_Id] ON [AuditTrail] ([LaboratoryCode], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_CertificateChanges_CertificateNo_Status] ON [CertificateChanges] ([CertificateNo], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_CertificateChanges_LaboratoryCode_Status_RequestedAt] ON [CertificateChanges] ([LaboratoryCode], [Status], [RequestedAt]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE INDEX [IX_CustomerNotices_CertificateNo] ON [CustomerNotices] ([CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    CREATE UNIQUE INDEX [IX_CustomerNotices_EquipmentId_CertificateNo] ON [CustomerNotices] ([EquipmentId], [CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    ALTER TABLE [Equipment] ADD CONSTRAINT [FK_Equipment_Laboratories_LaboratoryCode] FOREIGN KEY ([LaboratoryCode]) REFERENCES [Laboratories] ([Code]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203193531_LaboratoryScopeAndSeparationOfDuties'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203193531_LaboratoryScopeAndSeparationOfDuties', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [Parameters] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD [TemplateId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [ResultRecords] ADD [GuardBandFactor] decimal(6,3) NOT NULL DEFAULT 1.0;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [ResultRecords] ADD [TemplateId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [ResultRecords] ADD [TestItems] nvarchar(max) NOT NULL DEFAULT N'[]';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [Laboratories] ADD [AuthorizationNo] nvarchar(60) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [Laboratories] ADD [Postcode] nvarchar(6) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [Laboratories] ADD [Telephone] nvarchar(40) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    CREATE TABLE [LaboratorySeals] (
        [LaboratoryCode] nvarchar(16) NOT NULL,
        [Png] varbinary(max) NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        [UploadedAt] datetimeoffset NOT NULL,
        [UploadedBy] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_LaboratorySeals] PRIMARY KEY ([LaboratoryCode]),
        CONSTRAINT [FK_LaboratorySeals_Laboratories_LaboratoryCode] FOREIGN KEY ([LaboratoryCode]) REFERENCES [Laboratories] ([Code]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    CREATE TABLE [ProcedureTemplates] (
        [Id] uniqueidentifier NOT NULL,
        [ProcedureCode] nvarchar(40) NOT NULL,
        [LaboratoryCode] nvarchar(16) NULL,
        [Number] int NOT NULL,
        [Definition] nvarchar(max) NOT NULL,
        [CreatedAt] datetimeoffset NOT NULL,
        [CreatedBy] nvarchar(64) NOT NULL,
        [BasedOn] uniqueidentifier NULL,
        CONSTRAINT [PK_ProcedureTemplates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'BasedOn', N'CreatedAt', N'CreatedBy', N'Definition', N'LaboratoryCode', N'Number', N'ProcedureCode') AND [object_id] = OBJECT_ID(N'[ProcedureTemplates]'))
        SET IDENTITY_INSERT [ProcedureTemplates] ON;
    EXEC(N'INSERT INTO [ProcedureTemplates] ([Id], [BasedOn], [CreatedAt], [CreatedBy], [Definition], [LaboratoryCode], [Number], [ProcedureCode])
    VALUES (''0190f1c0-0000-7000-8000-000000000052'', NULL, ''2026-12-03T00:00:00.0000000+08:00'', N''lims'', N''{"basis":"JJG 52-2013 \u5F39\u6027\u5143\u4EF6\u5F0F\u4E00\u822C\u538B\u529B\u8868 5.1 \u88681 (\u793A\u503C\u6700\u5927\u5141\u8BB8\u8BEF\u5DEE, \u91CF\u7A0B\u7684\u767E\u5206\u6570), 5.2 \u56DE\u7A0B\u8BEF\u5DEE","quantity":"\u538B\u529B Pressure","unit":"MPa","parameters":[{"name":"upper","label":"\u6D4B\u91CF\u4E0A\u9650 Upper limit","kind":"Number","unit":"MPa","choices":null},{"name":"division","label":"\u5206\u5EA6\u503C Division","kind":"Number","unit":"MPa","choices":null},{"name":"class","label":"\u51C6\u786E\u5EA6\u7B49\u7EA7 Accuracy class","kind":"Choice","unit":null,"choices":["1.0","1.6","2.5","4.0"]}],"rangeParameter":"upper","mpe":{"kind":"PercentOfSpanBands","classParameter":"class","parameter":"upper","lowerParameter":null,"classes":[{"class":"1.0","bands":[{"upTo":90,"value":1.0},{"upTo":null,"value":1.6}],"minIntervals":null,"maxIntervals":null},{"class":"1.6","bands":[{"upTo":90,"value":1.6},{"upTo":null,"value":2.5}],"minIntervals":null,"maxIntervals":null},{"class":"2.5","bands":[{"upTo":90,"value":2.5},{"upTo":null,"value":4.0}],"minIntervals":null,"maxIntervals":null},{"class":"4.0","bands":[{"upTo":null,"value":4.0}],"minIntervals":null,"maxIntervals":null}],"percentOfReading":0,"digits":0,"lower":0,"upper":0,"inServiceFactor":1},"testItems":[{"code":"appearance","name":"\u5916\u89C2 Visual inspection","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"zero","name":"\u96F6\u4F4D\u8BEF\u5DEE Zero error","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"indication","name":"\u793A\u503C\u8BEF\u5DEE Indication error","kind":"Points","points":[{"multiple":0.2,"of":"upper","classes":null,"label":null},{"multiple":0.4,"of":"upper","classes":null,"label":null},{"multiple":0.6,"of":"upper","classes":null,"label":null},{"multiple":0.8,"of":"upper","classes":null,"label":null},{"multiple":1,"of":"upper","classes":null,"label":null}],"readingsPerPoint":2,"spreadFactor":1},{"code":"hysteresis","name":"\u56DE\u7A0B\u8BEF\u5DEE Hysteresis","kind":"Spread","points":[{"multiple":0.2,"of":"upper","classes":null,"label":null},{"multiple":0.4,"of":"upper","classes":null,"label":null},{"multiple":0.6,"of":"upper","classes":null,"label":null},{"multiple":0.8,"of":"upper","classes":null,"label":null},{"multiple":1,"of":"upper","classes":null,"label":null}],"readingsPerPoint":2,"spreadFactor":1},{"code":"tapping","name":"\u8F7B\u6572\u4F4D\u79FB Tapping displacement","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1}],"budget":[{"name":"\u6807\u51C6\u5668 U/k Reference gauge","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u8BFB\u6570 1/5 \u5206\u5EA6 Reading to a fifth of a division","source":"Parameter","value":0.1,"distribution":"Rectangular","parameter":"division","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}'', NULL, 1, N''JJG 52-2013''),
    (''0190f1c0-0000-7000-8000-000000000539'', NULL, ''2026-12-03T00:00:00.0000000+08:00'', N''lims'', N''{"basis":"JJG 539-2016 \u6570\u5B57\u6307\u793A\u79E4 \u88683 (\u6700\u5927\u5141\u8BB8\u8BEF\u5DEE), 7.3 \u79F0\u91CF\u3001\u91CD\u590D\u6027\u3001\u504F\u8F7D","quantity":"\u8D28\u91CF Mass","unit":"kg","parameters":[{"name":"max","label":"\u6700\u5927\u79E4\u91CF Max","kind":"Number","unit":"kg","choices":null},{"name":"e","label":"\u68C0\u5B9A\u5206\u5EA6\u503C e","kind":"Number","unit":"kg","choices":null},{"name":"class","label":"\u51C6\u786E\u5EA6\u7B49\u7EA7 Accuracy class","kind":"Choice","unit":null,"choices":["III","IIII"]}],"rangeParameter":"max","mpe":{"kind":"ScaleIntervalBands","classParameter":"class","parameter":"e","lowerParameter":null,"classes":[{"class":"III","bands":[{"upTo":500,"value":0.5},{"upTo":2000,"value":1.0},{"upTo":10000,"value":1.5}],"minIntervals":100,"maxIntervals":10000},{"class":"IIII","bands":[{"upTo":50,"value":0.5},{"upTo":200,"value":1.0},{"upTo":1000,"value":1.5}],"minIntervals":100,"maxIntervals":1000}],"percentOfReading":0,"digits":0,"lower":0,"upper":0,"inServiceFactor":2},"testItems":[{"code":"appearance","name":"\u5916\u89C2\u68C0\u67E5 Visual inspection","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"zero","name":"\u7F6E\u96F6\u51C6\u786E\u5EA6 Zero-setting","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"weighing","name":"\u79F0\u91CF Weighing","kind":"Points","points":[{"multiple":20,"of":"e","classes":["III"],"label":"Min"},{"multiple":10,"of":"e","classes":["IIII"],"label":"Min"},{"multiple":500,"of":"e","classes":["III"],"label":null},{"multiple":50,"of":"e","classes":["IIII"],"label":null},{"multiple":2000,"of":"e","classes":["III"],"label":null},{"multiple":200,"of":"e","classes":["IIII"],"label":null},{"multiple":0.5,"of":"max","classes":null,"label":null},{"multiple":1,"of":"max","classes":null,"label":"Max"}],"readingsPerPoint":3,"spreadFactor":1},{"code":"repeatability","name":"\u91CD\u590D\u6027 Repeatability","kind":"Spread","points":[{"multiple":0.5,"of":"max","classes":null,"label":null},{"multiple":1,"of":"max","classes":null,"label":"Max"}],"readingsPerPoint":3,"spreadFactor":1},{"code":"eccentricity","name":"\u504F\u8F7D Eccentricity","kind":"Points","points":[{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"\u4E2D centre"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"1"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"2"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"3"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"4"}],"readingsPerPoint":1,"spreadFactor":1}],"budget":[{"name":"\u6807\u51C6\u781D\u7801 U/k Weights","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u95EA\u53D8\u70B9\u5206\u8FA8\u529B 0.1e Change-point resolution","source":"Parameter","value":0.05,"distribution":"Rectangular","parameter":"e","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}'', NULL, 1, N''JJG 539-2016''),
    (''0190f1c0-0000-7000-8000-000000001587'', NULL, ''2026-12-03T00:00:00.0000000+08:00'', N''lims'', N''{"basis":"JJF 1587-2016 \u6570\u5B57\u591A\u7528\u8868\u6821\u51C6\u89C4\u8303 7.2 \u76F4\u6D41\u7535\u538B; \u6700\u5927\u5141\u8BB8\u8BEF\u5DEE\u6309\u5236\u9020\u5382\u6280\u672F\u6307\u6807 \u00B1(0.05 % \u8BFB\u6570 \u002B 2 \u5B57)","quantity":"\u76F4\u6D41\u7535\u538B DC voltage","unit":"V","parameters":[{"name":"range","label":"\u91CF\u7A0B Range","kind":"Number","unit":"V","choices":null},{"name":"resolution","label":"\u5206\u8FA8\u529B Resolution","kind":"Number","unit":"V","choices":null}],"rangeParameter":"range","mpe":{"kind":"PercentOfReadingPlusDigits","classParameter":null,"parameter":"resolution","lowerParameter":null,"classes":[],"percentOfReading":0.05,"digits":2,"lower":0,"upper":0,"inServiceFactor":1},"testItems":[{"code":"dcv","name":"\u76F4\u6D41\u7535\u538B DC voltage","kind":"Points","points":[{"multiple":0.1,"of":"range","classes":null,"label":null},{"multiple":0.5,"of":"range","classes":null,"label":null},{"multiple":0.9,"of":"range","classes":null,"label":null}],"readingsPerPoint":3,"spreadFactor":1}],"budget":[{"name":"\u6821\u51C6\u6E90 U/k Calibrator","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u5206\u8FA8\u529B Resolution","source":"Parameter","value":0.5,"distribution":"Rectangular","parameter":"resolution","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}'', NULL, 1, N''JJF 1587-2016'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'BasedOn', N'CreatedAt', N'CreatedBy', N'Definition', N'LaboratoryCode', N'Number', N'ProcedureCode') AND [object_id] = OBJECT_ID(N'[ProcedureTemplates]'))
        SET IDENTITY_INSERT [ProcedureTemplates] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    CREATE INDEX [IX_WorkOrders_TemplateId] ON [WorkOrders] ([TemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    CREATE INDEX [IX_ResultRecords_TemplateId] ON [ResultRecords] ([TemplateId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_ProcedureTemplates_ProcedureCode_LaboratoryCode_Number] ON [ProcedureTemplates] ([ProcedureCode], [LaboratoryCode], [Number]) WHERE [LaboratoryCode] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [ResultRecords] ADD CONSTRAINT [FK_ResultRecords_ProcedureTemplates_TemplateId] FOREIGN KEY ([TemplateId]) REFERENCES [ProcedureTemplates] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    ALTER TABLE [WorkOrders] ADD CONSTRAINT [FK_WorkOrders_ProcedureTemplates_TemplateId] FOREIGN KEY ([TemplateId]) REFERENCES [ProcedureTemplates] ([Id]) ON DELETE NO ACTION;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203212104_ProcedureTemplatesAndLaboratorySeals'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203212104_ProcedureTemplatesAndLaboratorySeals', N'10.0.15');
END;

COMMIT;
GO

