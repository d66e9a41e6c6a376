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

