CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NOT NULL,
    "LaboratoryCode" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" INTEGER NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "AuditTrail" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY AUTOINCREMENT,
    "At" INTEGER NOT NULL,
    "User" TEXT NOT NULL,
    "Action" TEXT NOT NULL,
    "Entity" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "Changes" TEXT NOT NULL
);

CREATE TABLE "Laboratories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Laboratories" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "AccreditationNo" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "Procedures" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Procedures" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_Procedures_Code" UNIQUE ("Code")
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "InstrumentTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InstrumentTypes" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "Compulsory" INTEGER NOT NULL,
    "IntervalMonths" INTEGER NOT NULL,
    "Fee" REAL NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_InstrumentTypes_Procedures_ProcedureCode" FOREIGN KEY ("ProcedureCode") REFERENCES "Procedures" ("Code") ON DELETE RESTRICT
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_AuditTrail_At" ON "AuditTrail" ("At");

CREATE INDEX "IX_AuditTrail_Entity_Key" ON "AuditTrail" ("Entity", "Key");

CREATE UNIQUE INDEX "IX_InstrumentTypes_Code" ON "InstrumentTypes" ("Code");

CREATE INDEX "IX_InstrumentTypes_ProcedureCode" ON "InstrumentTypes" ("ProcedureCode");

CREATE UNIQUE INDEX "IX_Laboratories_Code" ON "Laboratories" ("Code");

CREATE UNIQUE INDEX "IX_Procedures_Code" ON "Procedures" ("Code");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127021730_Foundation', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Customers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Customers" PRIMARY KEY,
    "Name" TEXT NOT NULL,
    "CreditCode" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "District" TEXT NOT NULL,
    "Category" TEXT NOT NULL,
    "Version" INTEGER NOT NULL
);

CREATE TABLE "IdempotencyRecords" (
    "Scope" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "RequestHash" TEXT NOT NULL,
    "Response" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    CONSTRAINT "PK_IdempotencyRecords" PRIMARY KEY ("Scope", "Key")
);

CREATE TABLE "NumberSequences" (
    "LaboratoryCode" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Year" INTEGER NOT NULL,
    "LastValue" INTEGER NOT NULL,
    CONSTRAINT "PK_NumberSequences" PRIMARY KEY ("LaboratoryCode", "Kind", "Year")
);

CREATE TABLE "Instruments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Instruments" PRIMARY KEY,
    "CustomerId" TEXT NOT NULL,
    "TypeCode" TEXT NOT NULL,
    "Manufacturer" TEXT NOT NULL,
    "Model" TEXT NOT NULL,
    "SerialNumber" TEXT NOT NULL,
    "Range" TEXT NOT NULL,
    "AccuracyClass" TEXT NOT NULL,
    "Usage" TEXT NOT NULL,
    "Location" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "LastVerifiedOn" TEXT NULL,
    "NextDueOn" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Instruments_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Instruments_InstrumentTypes_TypeCode" FOREIGN KEY ("TypeCode") REFERENCES "InstrumentTypes" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "Submissions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Submissions" PRIMARY KEY,
    "ReceiptNo" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "ReceivedAt" INTEGER NOT NULL,
    "ReceivedBy" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "ReturnedAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Submissions_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Submissions_Laboratories_LaboratoryCode" FOREIGN KEY ("LaboratoryCode") REFERENCES "Laboratories" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "SubmissionItems" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_SubmissionItems" PRIMARY KEY,
    "SubmissionId" TEXT NOT NULL,
    "Line" INTEGER NOT NULL,
    "InstrumentId" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "ConditionOnReceipt" TEXT NOT NULL,
    "Accessories" TEXT NOT NULL,
    "Fee" REAL NOT NULL,
    "FeeWaived" REAL NOT NULL,
    "WorkOrderId" TEXT NOT NULL,
    CONSTRAINT "FK_SubmissionItems_Instruments_InstrumentId" FOREIGN KEY ("InstrumentId") REFERENCES "Instruments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_SubmissionItems_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "WorkOrders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkOrders" PRIMARY KEY,
    "Number" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "InstrumentId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "Service" TEXT NOT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Assignee" TEXT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_WorkOrders_Instruments_InstrumentId" FOREIGN KEY ("InstrumentId") REFERENCES "Instruments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkOrders_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "IX_Customers_CreditCode" ON "Customers" ("CreditCode");

CREATE INDEX "IX_Customers_Name" ON "Customers" ("Name");

CREATE INDEX "IX_IdempotencyRecords_CreatedAt" ON "IdempotencyRecords" ("CreatedAt");

CREATE INDEX "IX_Instruments_CustomerId" ON "Instruments" ("CustomerId");

CREATE INDEX "IX_Instruments_NextDueOn" ON "Instruments" ("NextDueOn");

CREATE UNIQUE INDEX "IX_Instruments_TypeCode_Manufacturer_SerialNumber" ON "Instruments" ("TypeCode", "Manufacturer", "SerialNumber");

CREATE INDEX "IX_SubmissionItems_InstrumentId" ON "SubmissionItems" ("InstrumentId");

CREATE UNIQUE INDEX "IX_SubmissionItems_SubmissionId_Line" ON "SubmissionItems" ("SubmissionId", "Line");

CREATE UNIQUE INDEX "IX_SubmissionItems_WorkOrderId" ON "SubmissionItems" ("WorkOrderId");

CREATE INDEX "IX_Submissions_CustomerId" ON "Submissions" ("CustomerId");

CREATE INDEX "IX_Submissions_LaboratoryCode" ON "Submissions" ("LaboratoryCode");

CREATE UNIQUE INDEX "IX_Submissions_ReceiptNo" ON "Submissions" ("ReceiptNo");

CREATE INDEX "IX_WorkOrders_Assignee" ON "WorkOrders" ("Assignee");

CREATE INDEX "IX_WorkOrders_InstrumentId" ON "WorkOrders" ("InstrumentId");

CREATE UNIQUE INDEX "IX_WorkOrders_Number" ON "WorkOrders" ("Number");

CREATE INDEX "IX_WorkOrders_Status_LaboratoryCode" ON "WorkOrders" ("Status", "LaboratoryCode");

CREATE INDEX "IX_WorkOrders_SubmissionId" ON "WorkOrders" ("SubmissionId");

CREATE TABLE "ef_temp_Laboratories" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Laboratories" PRIMARY KEY,
    "AccreditationNo" TEXT NOT NULL,
    "Address" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "Level" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_Laboratories_Code" UNIQUE ("Code")
);

INSERT INTO "ef_temp_Laboratories" ("Id", "AccreditationNo", "Address", "Code", "Level", "Name", "Version")
SELECT "Id", "AccreditationNo", "Address", "Code", "Level", "Name", "Version"
FROM "Laboratories";

CREATE TABLE "ef_temp_InstrumentTypes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_InstrumentTypes" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Compulsory" INTEGER NOT NULL,
    "Fee" REAL NOT NULL,
    "IntervalMonths" INTEGER NOT NULL,
    "Name" TEXT NOT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_InstrumentTypes_Code" UNIQUE ("Code"),
    CONSTRAINT "FK_InstrumentTypes_Procedures_ProcedureCode" FOREIGN KEY ("ProcedureCode") REFERENCES "Procedures" ("Code") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_InstrumentTypes" ("Id", "Code", "Compulsory", "Fee", "IntervalMonths", "Name", "ProcedureCode", "Version")
SELECT "Id", "Code", "Compulsory", "Fee", "IntervalMonths", "Name", "ProcedureCode", "Version"
FROM "InstrumentTypes";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Laboratories";

ALTER TABLE "ef_temp_Laboratories" RENAME TO "Laboratories";

DROP TABLE "InstrumentTypes";

ALTER TABLE "ef_temp_InstrumentTypes" RENAME TO "InstrumentTypes";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Laboratories_Code" ON "Laboratories" ("Code");

CREATE UNIQUE INDEX "IX_InstrumentTypes_Code" ON "InstrumentTypes" ("Code");

CREATE INDEX "IX_InstrumentTypes_ProcedureCode" ON "InstrumentTypes" ("ProcedureCode");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127023210_Reception', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Customers" ADD "Email" TEXT NULL;

CREATE TABLE "Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "SubjectKey" TEXT NOT NULL,
    "DueOn" TEXT NOT NULL,
    "CustomerId" TEXT NULL,
    "RecipientName" TEXT NOT NULL,
    "ContactName" TEXT NOT NULL,
    "Phone" TEXT NOT NULL,
    "Email" TEXT NULL,
    "MessageZh" TEXT NOT NULL,
    "MessageEn" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "Attempts" INTEGER NOT NULL,
    "LastError" TEXT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "NextAttemptAt" INTEGER NULL,
    "SentAt" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Notifications_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Notifications_CreatedAt" ON "Notifications" ("CreatedAt");

CREATE INDEX "IX_Notifications_CustomerId" ON "Notifications" ("CustomerId");

CREATE UNIQUE INDEX "IX_Notifications_Kind_SubjectKey_DueOn" ON "Notifications" ("Kind", "SubjectKey", "DueOn");

CREATE INDEX "IX_Notifications_Status_NextAttemptAt" ON "Notifications" ("Status", "NextAttemptAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127024734_Recall', '10.0.15');

COMMIT;

