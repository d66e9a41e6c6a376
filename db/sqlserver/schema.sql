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
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    ALTER TABLE [Laboratories] ADD CONSTRAINT [AK_Laboratories_Code] UNIQUE ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
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
    WHERE [MigrationId] = N'20261127023542_Standards'
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
    WHERE [MigrationId] = N'20261127023542_Standards'
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
    WHERE [MigrationId] = N'20261127023542_Standards'
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
    WHERE [MigrationId] = N'20261127023542_Standards'
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
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Equipment_AssetNo] ON [Equipment] ([AssetNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_Equipment_StandardCode_Status] ON [Equipment] ([StandardCode], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_EquipmentCalibration_EquipmentId_CalibratedOn] ON [EquipmentCalibration] ([EquipmentId], [CalibratedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE UNIQUE INDEX [IX_EquipmentCalibration_EquipmentId_CertificateNo] ON [EquipmentCalibration] ([EquipmentId], [CertificateNo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_EquipmentCalibration_TracesTo] ON [EquipmentCalibration] ([TracesTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_CalibrationId] ON [EquipmentUses] ([CalibrationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_EquipmentId_PerformedOn] ON [EquipmentUses] ([EquipmentId], [PerformedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_EquipmentUses_WorkOrderId] ON [EquipmentUses] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE UNIQUE INDEX [IX_MeasurementStandards_Code] ON [MeasurementStandards] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_MeasurementStandards_LaboratoryCode_AssessmentValidUntil] ON [MeasurementStandards] ([LaboratoryCode], [AssessmentValidUntil]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ReferenceStandards_Code] ON [ReferenceStandards] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    CREATE INDEX [IX_ReferenceStandards_TracesTo] ON [ReferenceStandards] ([TracesTo]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261127023542_Standards'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261127023542_Standards', N'10.0.15');
END;

COMMIT;
GO

