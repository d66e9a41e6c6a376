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
ALTER TABLE "WorkOrders" ADD "ApprovedAt" INTEGER NULL;

ALTER TABLE "WorkOrders" ADD "ApprovedBy" TEXT NULL;

ALTER TABLE "WorkOrders" ADD "AssignedAt" INTEGER NULL;

ALTER TABLE "WorkOrders" ADD "CertificateNo" TEXT NULL;

ALTER TABLE "WorkOrders" ADD "PerformedBy" TEXT NULL;

ALTER TABLE "WorkOrders" ADD "ResultCount" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "WorkOrders" ADD "ReviewComment" TEXT NULL;

ALTER TABLE "WorkOrders" ADD "ReviewedBy" TEXT NULL;

CREATE TABLE "Authorizations" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Authorizations" PRIMARY KEY,
    "UserName" TEXT NOT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "CertificateNo" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    CONSTRAINT "FK_Authorizations_Procedures_ProcedureCode" FOREIGN KEY ("ProcedureCode") REFERENCES "Procedures" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "Certificates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Certificates" PRIMARY KEY,
    "CertificateNo" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "WorkOrderId" TEXT NOT NULL,
    "InstrumentId" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "PerformedOn" TEXT NOT NULL,
    "IssuedOn" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "ValidUntil" TEXT NULL,
    "Conclusion" TEXT NOT NULL,
    "VerificationCode" TEXT NOT NULL,
    "Sha256" TEXT NOT NULL,
    "Revoked" INTEGER NOT NULL,
    "RevokedAt" INTEGER NULL,
    "RevocationReason" TEXT NULL,
    "Supersedes" TEXT NULL,
    "SupersededBy" TEXT NULL,
    "AmendmentReason" TEXT NULL,
    "Corrections" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_Certificates_CertificateNo" UNIQUE ("CertificateNo"),
    CONSTRAINT "FK_Certificates_WorkOrders_WorkOrderId" FOREIGN KEY ("WorkOrderId") REFERENCES "WorkOrders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "MeasurementStandards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_MeasurementStandards" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "AssessmentCertificateNo" TEXT NOT NULL,
    "AssessmentValidUntil" TEXT NOT NULL,
    "IsPublicStandard" INTEGER NOT NULL,
    "ProcedureCodes" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_MeasurementStandards_Code" UNIQUE ("Code"),
    CONSTRAINT "FK_MeasurementStandards_Laboratories_LaboratoryCode" FOREIGN KEY ("LaboratoryCode") REFERENCES "Laboratories" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ReferenceStandards" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ReferenceStandards" PRIMARY KEY,
    "Code" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Holder" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "TracesTo" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "AK_ReferenceStandards_Code" UNIQUE ("Code"),
    CONSTRAINT "FK_ReferenceStandards_ReferenceStandards_TracesTo" FOREIGN KEY ("TracesTo") REFERENCES "ReferenceStandards" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "ResultRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResultRecords" PRIMARY KEY,
    "WorkOrderId" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "PerformedOn" TEXT NOT NULL,
    "TemperatureC" REAL NOT NULL,
    "HumidityPct" REAL NOT NULL,
    "Location" TEXT NOT NULL,
    "EquipmentAssetNos" TEXT NOT NULL,
    "DecisionRule" TEXT NOT NULL,
    "Conclusion" TEXT NOT NULL,
    "Points" TEXT NOT NULL,
    "Remarks" TEXT NOT NULL,
    CONSTRAINT "FK_ResultRecords_WorkOrders_WorkOrderId" FOREIGN KEY ("WorkOrderId") REFERENCES "WorkOrders" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "CertificatePdfs" (
    "CertificateNo" TEXT NOT NULL CONSTRAINT "PK_CertificatePdfs" PRIMARY KEY,
    "Content" BLOB NOT NULL,
    CONSTRAINT "FK_CertificatePdfs_Certificates_CertificateNo" FOREIGN KEY ("CertificateNo") REFERENCES "Certificates" ("CertificateNo") ON DELETE RESTRICT
);

CREATE TABLE "Equipment" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Equipment" PRIMARY KEY,
    "AssetNo" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Manufacturer" TEXT NOT NULL,
    "Model" TEXT NOT NULL,
    "SerialNumber" TEXT NOT NULL,
    "StandardCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusReason" TEXT NULL,
    "StatusSince" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Equipment_MeasurementStandards_StandardCode" FOREIGN KEY ("StandardCode") REFERENCES "MeasurementStandards" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "EquipmentCalibration" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EquipmentCalibration" PRIMARY KEY,
    "EquipmentId" TEXT NOT NULL,
    "CertificateNo" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "CalibratedOn" TEXT NOT NULL,
    "ValidUntil" TEXT NOT NULL,
    "ExpandedUncertainty" TEXT NOT NULL,
    "Conformity" TEXT NOT NULL,
    "TracesTo" TEXT NOT NULL,
    CONSTRAINT "FK_EquipmentCalibration_Equipment_EquipmentId" FOREIGN KEY ("EquipmentId") REFERENCES "Equipment" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EquipmentCalibration_ReferenceStandards_TracesTo" FOREIGN KEY ("TracesTo") REFERENCES "ReferenceStandards" ("Code") ON DELETE RESTRICT
);

CREATE TABLE "EquipmentUses" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_EquipmentUses" PRIMARY KEY,
    "WorkOrderId" TEXT NOT NULL,
    "EquipmentId" TEXT NOT NULL,
    "CalibrationId" TEXT NULL,
    "PerformedOn" TEXT NOT NULL,
    CONSTRAINT "FK_EquipmentUses_EquipmentCalibration_CalibrationId" FOREIGN KEY ("CalibrationId") REFERENCES "EquipmentCalibration" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_EquipmentUses_Equipment_EquipmentId" FOREIGN KEY ("EquipmentId") REFERENCES "Equipment" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Authorizations_ProcedureCode" ON "Authorizations" ("ProcedureCode");

CREATE UNIQUE INDEX "IX_Authorizations_UserName_ProcedureCode_CertificateNo" ON "Authorizations" ("UserName", "ProcedureCode", "CertificateNo");

CREATE INDEX "IX_Authorizations_ValidUntil" ON "Authorizations" ("ValidUntil");

CREATE UNIQUE INDEX "IX_Certificates_CertificateNo" ON "Certificates" ("CertificateNo");

CREATE INDEX "IX_Certificates_CustomerId" ON "Certificates" ("CustomerId");

CREATE INDEX "IX_Certificates_InstrumentId" ON "Certificates" ("InstrumentId");

CREATE INDEX "IX_Certificates_LaboratoryCode_IssuedOn" ON "Certificates" ("LaboratoryCode", "IssuedOn");

CREATE INDEX "IX_Certificates_WorkOrderId" ON "Certificates" ("WorkOrderId");

CREATE UNIQUE INDEX "IX_Equipment_AssetNo" ON "Equipment" ("AssetNo");

CREATE INDEX "IX_Equipment_StandardCode_Status" ON "Equipment" ("StandardCode", "Status");

CREATE INDEX "IX_EquipmentCalibration_EquipmentId_CalibratedOn" ON "EquipmentCalibration" ("EquipmentId", "CalibratedOn");

CREATE UNIQUE INDEX "IX_EquipmentCalibration_EquipmentId_CertificateNo" ON "EquipmentCalibration" ("EquipmentId", "CertificateNo");

CREATE INDEX "IX_EquipmentCalibration_TracesTo" ON "EquipmentCalibration" ("TracesTo");

CREATE INDEX "IX_EquipmentUses_CalibrationId" ON "EquipmentUses" ("CalibrationId");

CREATE INDEX "IX_EquipmentUses_EquipmentId_PerformedOn" ON "EquipmentUses" ("EquipmentId", "PerformedOn");

CREATE INDEX "IX_EquipmentUses_WorkOrderId" ON "EquipmentUses" ("WorkOrderId");

CREATE UNIQUE INDEX "IX_MeasurementStandards_Code" ON "MeasurementStandards" ("Code");

CREATE INDEX "IX_MeasurementStandards_LaboratoryCode_AssessmentValidUntil" ON "MeasurementStandards" ("LaboratoryCode", "AssessmentValidUntil");

CREATE UNIQUE INDEX "IX_ReferenceStandards_Code" ON "ReferenceStandards" ("Code");

CREATE INDEX "IX_ReferenceStandards_TracesTo" ON "ReferenceStandards" ("TracesTo");

CREATE UNIQUE INDEX "IX_ResultRecords_WorkOrderId_Number" ON "ResultRecords" ("WorkOrderId", "Number");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127025211_StandardsAndWorkOrders', '10.0.15');

COMMIT;

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
VALUES ('20261127034647_Recall', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Certificates_InstrumentId";

ALTER TABLE "WorkOrders" ADD "TurnaroundDays" INTEGER NULL;

ALTER TABLE "Instruments" ADD "RetiredOn" TEXT NULL;

ALTER TABLE "Instruments" ADD "RetirementReason" TEXT NULL;

CREATE INDEX "IX_WorkOrders_ApprovedAt" ON "WorkOrders" ("ApprovedAt");

CREATE INDEX "IX_Submissions_ReceivedAt" ON "Submissions" ("ReceivedAt");

CREATE INDEX "IX_Certificates_InstrumentId_Kind_PerformedOn" ON "Certificates" ("InstrumentId", "Kind", "PerformedOn");

CREATE INDEX "IX_Certificates_IssuedOn_Kind" ON "Certificates" ("IssuedOn", "Kind");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127035956_Reports', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "WorkOrders" ADD "CancellationReason" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127042624_WorkOrderCancellation', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_WorkOrders_ApprovedAt";

DROP INDEX "IX_WorkOrders_InstrumentId";

DROP INDEX "IX_Submissions_ReceivedAt";

DROP INDEX "IX_Certificates_InstrumentId_Kind_PerformedOn";

DROP INDEX "IX_Certificates_LaboratoryCode_IssuedOn";

ALTER TABLE "Certificates" ADD "InstrumentTypeCode" TEXT NOT NULL DEFAULT '';

UPDATE "Certificates" SET "InstrumentTypeCode" = (SELECT "TypeCode" FROM "Instruments" WHERE "Instruments"."Id" = "Certificates"."InstrumentId")

CREATE INDEX "IX_WorkOrders_InstrumentLaboratory" ON "WorkOrders" ("InstrumentId", "LaboratoryCode", "RegisteredAt");

CREATE INDEX "IX_WorkOrders_TurnaroundByApproval" ON "WorkOrders" ("TurnaroundDays", "ApprovedAt", "LaboratoryCode");

CREATE INDEX "IX_Submissions_FeesWaived" ON "Submissions" ("ReceivedAt", "LaboratoryCode", "CustomerId", "Id");

CREATE INDEX "IX_SubmissionItems_FeesWaived" ON "SubmissionItems" ("SubmissionId", "FeeWaived", "WorkOrderId");

CREATE INDEX "IX_Instruments_CoveragePopulation" ON "Instruments" ("TypeCode", "RetiredOn", "Id");

CREATE INDEX "IX_Certificates_Coverage" ON "Certificates" ("InstrumentId", "Kind", "PerformedOn", "Revoked", "SupersededBy", "InstrumentTypeCode");

CREATE INDEX "IX_Certificates_PassRateByCustomer" ON "Certificates" ("Kind", "CustomerId", "IssuedOn", "Revoked", "Supersedes", "LaboratoryCode");

CREATE INDEX "IX_Certificates_PassRateByInstrumentType" ON "Certificates" ("Kind", "InstrumentTypeCode", "IssuedOn", "Revoked", "Supersedes", "LaboratoryCode");

CREATE INDEX "IX_Certificates_PassRateOfLaboratory" ON "Certificates" ("LaboratoryCode", "IssuedOn", "Kind", "Revoked", "Supersedes", "InstrumentTypeCode", "CustomerId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127054723_KpiIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Equipment" ADD "OutOfServiceCause" TEXT NULL;

UPDATE "Equipment" SET "OutOfServiceCause" = 'ExpiredCalibration' WHERE "Status" = 'OutOfService' AND "StatusReason" GLOB 'calibration expired on *; taken out of service by the recall scan)'

UPDATE "Equipment" SET "OutOfServiceCause" = 'Other' WHERE "Status" = 'OutOfService' AND "OutOfServiceCause" IS NULL

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127080053_OutOfServiceCause', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Certificates_PassRateOfLaboratory";

CREATE INDEX "IX_WorkOrders_Open" ON "WorkOrders" ("LaboratoryCode", "RegisteredAt") WHERE "Status" IN ('Registered', 'Assigned', 'ResultsRecorded', 'Reviewed', 'Rejected');

CREATE INDEX "IX_Instruments_CoverageByInstrument" ON "Instruments" ("Id", "TypeCode", "RetiredOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261127081556_KpiLaboratoryIndexes', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AspNetUsers" ADD "Disabled" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AspNetUsers" ADD "MustChangePassword" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "AspNetUsers" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "RefreshTokens" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_RefreshTokens" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Family" TEXT NOT NULL,
    "Hash" TEXT NOT NULL,
    "IssuedAt" INTEGER NOT NULL,
    "ExpiresAt" INTEGER NOT NULL,
    "UsedAt" INTEGER NULL,
    "RevokedAt" INTEGER NULL,
    CONSTRAINT "FK_RefreshTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_AspNetUsers_LaboratoryCode" ON "AspNetUsers" ("LaboratoryCode");

CREATE INDEX "IX_RefreshTokens_Family" ON "RefreshTokens" ("Family");

CREATE UNIQUE INDEX "IX_RefreshTokens_Hash" ON "RefreshTokens" ("Hash");

CREATE INDEX "IX_RefreshTokens_UserId" ON "RefreshTokens" ("UserId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203101900_UserAccountsAndRefreshTokens', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Instruments_CoverageByInstrument";

DROP INDEX "IX_Instruments_CoveragePopulation";

ALTER TABLE "InstrumentTypes" ADD "CompulsoryUses" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "InstrumentTypes" ADD "CompulsoryVerification" TEXT NOT NULL DEFAULT 'Periodic';

UPDATE "InstrumentTypes" SET "CompulsoryUses" = '["TradeSettlement","HealthCare","SafetyProtection","EnvironmentalMonitoring"]' WHERE "Compulsory" = 1;

ALTER TABLE "Customers" ADD "RemindersRequested" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "IX_Instruments_CoverageByInstrument" ON "Instruments" ("Id", "TypeCode", "Usage", "RetiredOn");

CREATE INDEX "IX_Instruments_CoveragePopulation" ON "Instruments" ("TypeCode", "Usage", "RetiredOn", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203125205_CompulsoryScopeAndReminderRequests', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "PriorVerifications" (
    "InstrumentId" TEXT NOT NULL CONSTRAINT "PK_PriorVerifications" PRIMARY KEY,
    "CertificateNo" TEXT NOT NULL,
    "IssuedBy" TEXT NOT NULL,
    "PerformedOn" TEXT NOT NULL,
    "Conclusion" TEXT NOT NULL,
    CONSTRAINT "FK_PriorVerifications_Instruments_InstrumentId" FOREIGN KEY ("InstrumentId") REFERENCES "Instruments" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Instruments_SerialNumber" ON "Instruments" ("SerialNumber");

CREATE INDEX "IX_PriorVerifications_Coverage" ON "PriorVerifications" ("InstrumentId", "PerformedOn");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203140116_PriorVerificationsAndSerialNumberIndex', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ef_temp_AuditTrail" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AuditTrail" PRIMARY KEY,
    "Action" TEXT NOT NULL,
    "At" INTEGER NOT NULL,
    "Changes" TEXT NOT NULL,
    "Entity" TEXT NOT NULL,
    "Key" TEXT NOT NULL,
    "User" TEXT NOT NULL);

INSERT INTO "ef_temp_AuditTrail" ("Id", "Action", "At", "Changes", "Entity", "Key", "User")
SELECT printf('00000000-0000-0000-0000-%012X', "Id"), "Action", "At", "Changes", "Entity", "Key", "User" FROM "AuditTrail";

DROP TABLE "AuditTrail";

ALTER TABLE "ef_temp_AuditTrail" RENAME TO "AuditTrail";

CREATE INDEX "IX_AuditTrail_At" ON "AuditTrail" ("At");

CREATE INDEX "IX_AuditTrail_Entity_Key" ON "AuditTrail" ("Entity", "Key");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203170125_AuditLineClientKeys', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203171511_DataProtectionKeys', '10.0.15');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "ef_temp_Notifications" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Notifications" PRIMARY KEY,
    "Attempts" INTEGER NOT NULL,
    "ContactName" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CustomerId" TEXT NULL,
    "DueOn" TEXT NOT NULL,
    "Email" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "LastError" TEXT NULL,
    "NextAttemptAt" INTEGER NULL,
    "Phone" TEXT NOT NULL,
    "RecipientName" TEXT NOT NULL,
    "SentAt" INTEGER NULL,
    "Status" TEXT NOT NULL,
    "SubjectKey" TEXT NOT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Notifications_Customers_CustomerId" FOREIGN KEY ("CustomerId") REFERENCES "Customers" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Notifications" ("Id", "Attempts", "ContactName", "CreatedAt", "CustomerId", "DueOn", "Email", "Kind", "LastError", "NextAttemptAt", "Phone", "RecipientName", "SentAt", "Status", "SubjectKey", "Version")
SELECT "Id", "Attempts", "ContactName", "CreatedAt", "CustomerId", "DueOn", "Email", "Kind", "LastError", "NextAttemptAt", "Phone", "RecipientName", "SentAt", "Status", "SubjectKey", "Version"
FROM "Notifications";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Notifications";

ALTER TABLE "ef_temp_Notifications" RENAME TO "Notifications";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_Notifications_CreatedAt" ON "Notifications" ("CreatedAt");

CREATE INDEX "IX_Notifications_CustomerId" ON "Notifications" ("CustomerId");

CREATE UNIQUE INDEX "IX_Notifications_Kind_SubjectKey_DueOn" ON "Notifications" ("Kind", "SubjectKey", "DueOn");

CREATE INDEX "IX_Notifications_Status_NextAttemptAt" ON "Notifications" ("Status", "NextAttemptAt");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203174846_ReminderWordsRenderedWhenShown', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "Notifications" ADD "LaboratoryCode" TEXT NULL;

ALTER TABLE "Equipment" ADD "LaboratoryCode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Certificates" ADD "PrintedInstrumentType" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Certificates" ADD "PrintedLaboratory" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Certificates" ADD "PrintedSerialNumber" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Authorizations" ADD "GrantedBy" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Authorizations" ADD "LaboratoryCode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "AuditTrail" ADD "LaboratoryCode" TEXT NULL;

UPDATE "Equipment" SET "LaboratoryCode" = (SELECT "MeasurementStandards"."LaboratoryCode" FROM "MeasurementStandards" WHERE "MeasurementStandards"."Code" = "Equipment"."StandardCode")

UPDATE "Authorizations" SET "LaboratoryCode" = COALESCE((SELECT "AspNetUsers"."LaboratoryCode" FROM "AspNetUsers" WHERE "AspNetUsers"."UserName" = "Authorizations"."UserName"), '')

UPDATE "AuditTrail" SET "LaboratoryCode" = (SELECT "AspNetUsers"."LaboratoryCode" FROM "AspNetUsers" WHERE "AspNetUsers"."UserName" = "AuditTrail"."User")

UPDATE "Notifications" SET "LaboratoryCode" = (SELECT "Equipment"."LaboratoryCode" FROM "Equipment" WHERE "Equipment"."AssetNo" = "Notifications"."SubjectKey") WHERE "Kind" IN ('EquipmentCalibrationExpired', 'EquipmentCalibrationDue')

UPDATE "Notifications" SET "LaboratoryCode" = (SELECT "MeasurementStandards"."LaboratoryCode" FROM "MeasurementStandards" WHERE "MeasurementStandards"."Code" = "Notifications"."SubjectKey") WHERE "Kind" = 'StandardAssessmentDue'

UPDATE "Notifications" SET "LaboratoryCode" = (SELECT NULLIF("Authorizations"."LaboratoryCode", '') FROM "Authorizations" WHERE lower("Authorizations"."Id") = "Notifications"."SubjectKey") WHERE "Kind" = 'AuthorizationExpiring'

UPDATE "Certificates" SET "PrintedInstrumentType" = COALESCE((SELECT "InstrumentTypes"."Name" FROM "InstrumentTypes" WHERE "InstrumentTypes"."Code" = "Certificates"."InstrumentTypeCode"), ''), "PrintedSerialNumber" = COALESCE((SELECT "Instruments"."SerialNumber" FROM "Instruments" WHERE "Instruments"."Id" = "Certificates"."InstrumentId"), ''), "PrintedLaboratory" = COALESCE((SELECT "Laboratories"."Name" FROM "Laboratories" WHERE "Laboratories"."Code" = "Certificates"."LaboratoryCode"), '')

CREATE TABLE "CertificateChanges" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CertificateChanges" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "CertificateNo" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "Reason" TEXT NOT NULL,
    "Corrections" TEXT NULL,
    "RequestedBy" TEXT NOT NULL,
    "RequestedAt" INTEGER NOT NULL,
    "Status" TEXT NOT NULL,
    "DecidedBy" TEXT NULL,
    "DecidedAt" INTEGER NULL,
    "DecisionComment" TEXT NULL,
    "IssuedCertificateNo" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_CertificateChanges_Certificates_CertificateNo" FOREIGN KEY ("CertificateNo") REFERENCES "Certificates" ("CertificateNo") ON DELETE RESTRICT
);

CREATE TABLE "CustomerNotices" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_CustomerNotices" PRIMARY KEY,
    "EquipmentId" TEXT NOT NULL,
    "AssetNo" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "CertificateNo" TEXT NOT NULL,
    "CustomerId" TEXT NOT NULL,
    "How" TEXT NOT NULL,
    "ToldOn" TEXT NOT NULL,
    "ToldBy" TEXT NOT NULL,
    "Note" TEXT NULL,
    "RecordedAt" INTEGER NOT NULL,
    CONSTRAINT "FK_CustomerNotices_Certificates_CertificateNo" FOREIGN KEY ("CertificateNo") REFERENCES "Certificates" ("CertificateNo") ON DELETE RESTRICT,
    CONSTRAINT "FK_CustomerNotices_Equipment_EquipmentId" FOREIGN KEY ("EquipmentId") REFERENCES "Equipment" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_Notifications_LaboratoryCode_CreatedAt" ON "Notifications" ("LaboratoryCode", "CreatedAt");

CREATE INDEX "IX_Equipment_LaboratoryCode_AssetNo" ON "Equipment" ("LaboratoryCode", "AssetNo");

CREATE INDEX "IX_Authorizations_LaboratoryCode_UserName" ON "Authorizations" ("LaboratoryCode", "UserName");

CREATE INDEX "IX_AuditTrail_LaboratoryCode_Id" ON "AuditTrail" ("LaboratoryCode", "Id");

CREATE INDEX "IX_CertificateChanges_CertificateNo_Status" ON "CertificateChanges" ("CertificateNo", "Status");

CREATE INDEX "IX_CertificateChanges_LaboratoryCode_Status_RequestedAt" ON "CertificateChanges" ("LaboratoryCode", "Status", "RequestedAt");

CREATE INDEX "IX_CustomerNotices_CertificateNo" ON "CustomerNotices" ("CertificateNo");

CREATE UNIQUE INDEX "IX_CustomerNotices_EquipmentId_CertificateNo" ON "CustomerNotices" ("EquipmentId", "CertificateNo");

CREATE TABLE "ef_temp_Equipment" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Equipment" PRIMARY KEY,
    "AssetNo" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "Manufacturer" TEXT NOT NULL,
    "Model" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "OutOfServiceCause" TEXT NULL,
    "SerialNumber" TEXT NOT NULL,
    "StandardCode" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StatusReason" TEXT NULL,
    "StatusSince" TEXT NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_Equipment_Laboratories_LaboratoryCode" FOREIGN KEY ("LaboratoryCode") REFERENCES "Laboratories" ("Code") ON DELETE RESTRICT,
    CONSTRAINT "FK_Equipment_MeasurementStandards_StandardCode" FOREIGN KEY ("StandardCode") REFERENCES "MeasurementStandards" ("Code") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_Equipment" ("Id", "AssetNo", "LaboratoryCode", "Manufacturer", "Model", "Name", "OutOfServiceCause", "SerialNumber", "StandardCode", "Status", "StatusReason", "StatusSince", "Version")
SELECT "Id", "AssetNo", "LaboratoryCode", "Manufacturer", "Model", "Name", "OutOfServiceCause", "SerialNumber", "StandardCode", "Status", "StatusReason", "StatusSince", "Version"
FROM "Equipment";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "Equipment";

ALTER TABLE "ef_temp_Equipment" RENAME TO "Equipment";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE UNIQUE INDEX "IX_Equipment_AssetNo" ON "Equipment" ("AssetNo");

CREATE INDEX "IX_Equipment_LaboratoryCode_AssetNo" ON "Equipment" ("LaboratoryCode", "AssetNo");

CREATE INDEX "IX_Equipment_StandardCode_Status" ON "Equipment" ("StandardCode", "Status");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203193524_LaboratoryScopeAndSeparationOfDuties', '10.0.15');

BEGIN TRANSACTION;
ALTER TABLE "WorkOrders" ADD "Parameters" TEXT NULL;

ALTER TABLE "WorkOrders" ADD "TemplateId" TEXT NULL;

ALTER TABLE "ResultRecords" ADD "GuardBandFactor" REAL NOT NULL DEFAULT 1.0;

ALTER TABLE "ResultRecords" ADD "TemplateId" TEXT NULL;

ALTER TABLE "ResultRecords" ADD "TestItems" TEXT NOT NULL DEFAULT '[]';

ALTER TABLE "Laboratories" ADD "AuthorizationNo" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Laboratories" ADD "Postcode" TEXT NOT NULL DEFAULT '';

ALTER TABLE "Laboratories" ADD "Telephone" TEXT NOT NULL DEFAULT '';

CREATE TABLE "LaboratorySeals" (
    "LaboratoryCode" TEXT NOT NULL CONSTRAINT "PK_LaboratorySeals" PRIMARY KEY,
    "Png" BLOB NOT NULL,
    "Sha256" TEXT NOT NULL,
    "UploadedAt" INTEGER NOT NULL,
    "UploadedBy" TEXT NOT NULL,
    CONSTRAINT "FK_LaboratorySeals_Laboratories_LaboratoryCode" FOREIGN KEY ("LaboratoryCode") REFERENCES "Laboratories" ("Code") ON DELETE CASCADE
);

CREATE TABLE "ProcedureTemplates" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ProcedureTemplates" PRIMARY KEY,
    "ProcedureCode" TEXT NOT NULL,
    "LaboratoryCode" TEXT NULL,
    "Number" INTEGER NOT NULL,
    "Definition" TEXT NOT NULL,
    "CreatedAt" INTEGER NOT NULL,
    "CreatedBy" TEXT NOT NULL,
    "BasedOn" TEXT NULL
);

INSERT INTO "ProcedureTemplates" ("Id", "BasedOn", "CreatedAt", "CreatedBy", "Definition", "LaboratoryCode", "Number", "ProcedureCode")
VALUES ('0190F1C0-0000-7000-8000-000000000052', NULL, 639318240000000000, 'lims', '{"basis":"JJG 52-2013 \u5F39\u6027\u5143\u4EF6\u5F0F\u4E00\u822C\u538B\u529B\u8868 5.1 \u88681 (\u793A\u503C\u6700\u5927\u5141\u8BB8\u8BEF\u5DEE, \u91CF\u7A0B\u7684\u767E\u5206\u6570), 5.2 \u56DE\u7A0B\u8BEF\u5DEE","quantity":"\u538B\u529B Pressure","unit":"MPa","parameters":[{"name":"upper","label":"\u6D4B\u91CF\u4E0A\u9650 Upper limit","kind":"Number","unit":"MPa","choices":null},{"name":"division","label":"\u5206\u5EA6\u503C Division","kind":"Number","unit":"MPa","choices":null},{"name":"class","label":"\u51C6\u786E\u5EA6\u7B49\u7EA7 Accuracy class","kind":"Choice","unit":null,"choices":["1.0","1.6","2.5","4.0"]}],"rangeParameter":"upper","mpe":{"kind":"PercentOfSpanBands","classParameter":"class","parameter":"upper","lowerParameter":null,"classes":[{"class":"1.0","bands":[{"upTo":90,"value":1.0},{"upTo":null,"value":1.6}],"minIntervals":null,"maxIntervals":null},{"class":"1.6","bands":[{"upTo":90,"value":1.6},{"upTo":null,"value":2.5}],"minIntervals":null,"maxIntervals":null},{"class":"2.5","bands":[{"upTo":90,"value":2.5},{"upTo":null,"value":4.0}],"minIntervals":null,"maxIntervals":null},{"class":"4.0","bands":[{"upTo":null,"value":4.0}],"minIntervals":null,"maxIntervals":null}],"percentOfReading":0,"digits":0,"lower":0,"upper":0,"inServiceFactor":1},"testItems":[{"code":"appearance","name":"\u5916\u89C2 Visual inspection","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"zero","name":"\u96F6\u4F4D\u8BEF\u5DEE Zero error","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"indication","name":"\u793A\u503C\u8BEF\u5DEE Indication error","kind":"Points","points":[{"multiple":0.2,"of":"upper","classes":null,"label":null},{"multiple":0.4,"of":"upper","classes":null,"label":null},{"multiple":0.6,"of":"upper","classes":null,"label":null},{"multiple":0.8,"of":"upper","classes":null,"label":null},{"multiple":1,"of":"upper","classes":null,"label":null}],"readingsPerPoint":2,"spreadFactor":1},{"code":"hysteresis","name":"\u56DE\u7A0B\u8BEF\u5DEE Hysteresis","kind":"Spread","points":[{"multiple":0.2,"of":"upper","classes":null,"label":null},{"multiple":0.4,"of":"upper","classes":null,"label":null},{"multiple":0.6,"of":"upper","classes":null,"label":null},{"multiple":0.8,"of":"upper","classes":null,"label":null},{"multiple":1,"of":"upper","classes":null,"label":null}],"readingsPerPoint":2,"spreadFactor":1},{"code":"tapping","name":"\u8F7B\u6572\u4F4D\u79FB Tapping displacement","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1}],"budget":[{"name":"\u6807\u51C6\u5668 U/k Reference gauge","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u8BFB\u6570 1/5 \u5206\u5EA6 Reading to a fifth of a division","source":"Parameter","value":0.1,"distribution":"Rectangular","parameter":"division","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}', NULL, 1, 'JJG 52-2013');
SELECT changes();

INSERT INTO "ProcedureTemplates" ("Id", "BasedOn", "CreatedAt", "CreatedBy", "Definition", "LaboratoryCode", "Number", "ProcedureCode")
VALUES ('0190F1C0-0000-7000-8000-000000000539', NULL, 639318240000000000, 'lims', '{"basis":"JJG 539-2016 \u6570\u5B57\u6307\u793A\u79E4 \u88683 (\u6700\u5927\u5141\u8BB8\u8BEF\u5DEE), 7.3 \u79F0\u91CF\u3001\u91CD\u590D\u6027\u3001\u504F\u8F7D","quantity":"\u8D28\u91CF Mass","unit":"kg","parameters":[{"name":"max","label":"\u6700\u5927\u79E4\u91CF Max","kind":"Number","unit":"kg","choices":null},{"name":"e","label":"\u68C0\u5B9A\u5206\u5EA6\u503C e","kind":"Number","unit":"kg","choices":null},{"name":"class","label":"\u51C6\u786E\u5EA6\u7B49\u7EA7 Accuracy class","kind":"Choice","unit":null,"choices":["III","IIII"]}],"rangeParameter":"max","mpe":{"kind":"ScaleIntervalBands","classParameter":"class","parameter":"e","lowerParameter":null,"classes":[{"class":"III","bands":[{"upTo":500,"value":0.5},{"upTo":2000,"value":1.0},{"upTo":10000,"value":1.5}],"minIntervals":100,"maxIntervals":10000},{"class":"IIII","bands":[{"upTo":50,"value":0.5},{"upTo":200,"value":1.0},{"upTo":1000,"value":1.5}],"minIntervals":100,"maxIntervals":1000}],"percentOfReading":0,"digits":0,"lower":0,"upper":0,"inServiceFactor":2},"testItems":[{"code":"appearance","name":"\u5916\u89C2\u68C0\u67E5 Visual inspection","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"zero","name":"\u7F6E\u96F6\u51C6\u786E\u5EA6 Zero-setting","kind":"Check","points":null,"readingsPerPoint":1,"spreadFactor":1},{"code":"weighing","name":"\u79F0\u91CF Weighing","kind":"Points","points":[{"multiple":20,"of":"e","classes":["III"],"label":"Min"},{"multiple":10,"of":"e","classes":["IIII"],"label":"Min"},{"multiple":500,"of":"e","classes":["III"],"label":null},{"multiple":50,"of":"e","classes":["IIII"],"label":null},{"multiple":2000,"of":"e","classes":["III"],"label":null},{"multiple":200,"of":"e","classes":["IIII"],"label":null},{"multiple":0.5,"of":"max","classes":null,"label":null},{"multiple":1,"of":"max","classes":null,"label":"Max"}],"readingsPerPoint":3,"spreadFactor":1},{"code":"repeatability","name":"\u91CD\u590D\u6027 Repeatability","kind":"Spread","points":[{"multiple":0.5,"of":"max","classes":null,"label":null},{"multiple":1,"of":"max","classes":null,"label":"Max"}],"readingsPerPoint":3,"spreadFactor":1},{"code":"eccentricity","name":"\u504F\u8F7D Eccentricity","kind":"Points","points":[{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"\u4E2D centre"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"1"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"2"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"3"},{"multiple":0.3333333333333333333333333333,"of":"max","classes":null,"label":"4"}],"readingsPerPoint":1,"spreadFactor":1}],"budget":[{"name":"\u6807\u51C6\u781D\u7801 U/k Weights","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u95EA\u53D8\u70B9\u5206\u8FA8\u529B 0.1e Change-point resolution","source":"Parameter","value":0.05,"distribution":"Rectangular","parameter":"e","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}', NULL, 1, 'JJG 539-2016');
SELECT changes();

INSERT INTO "ProcedureTemplates" ("Id", "BasedOn", "CreatedAt", "CreatedBy", "Definition", "LaboratoryCode", "Number", "ProcedureCode")
VALUES ('0190F1C0-0000-7000-8000-000000001587', NULL, 639318240000000000, 'lims', '{"basis":"JJF 1587-2016 \u6570\u5B57\u591A\u7528\u8868\u6821\u51C6\u89C4\u8303 7.2 \u76F4\u6D41\u7535\u538B; \u6700\u5927\u5141\u8BB8\u8BEF\u5DEE\u6309\u5236\u9020\u5382\u6280\u672F\u6307\u6807 \u00B1(0.05 % \u8BFB\u6570 \u002B 2 \u5B57)","quantity":"\u76F4\u6D41\u7535\u538B DC voltage","unit":"V","parameters":[{"name":"range","label":"\u91CF\u7A0B Range","kind":"Number","unit":"V","choices":null},{"name":"resolution","label":"\u5206\u8FA8\u529B Resolution","kind":"Number","unit":"V","choices":null}],"rangeParameter":"range","mpe":{"kind":"PercentOfReadingPlusDigits","classParameter":null,"parameter":"resolution","lowerParameter":null,"classes":[],"percentOfReading":0.05,"digits":2,"lower":0,"upper":0,"inServiceFactor":1},"testItems":[{"code":"dcv","name":"\u76F4\u6D41\u7535\u538B DC voltage","kind":"Points","points":[{"multiple":0.1,"of":"range","classes":null,"label":null},{"multiple":0.5,"of":"range","classes":null,"label":null},{"multiple":0.9,"of":"range","classes":null,"label":null}],"readingsPerPoint":3,"spreadFactor":1}],"budget":[{"name":"\u6821\u51C6\u6E90 U/k Calibrator","source":"Equipment","value":0,"distribution":"Normal","parameter":null,"coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null},{"name":"\u5206\u8FA8\u529B Resolution","source":"Parameter","value":0.5,"distribution":"Rectangular","parameter":"resolution","coverageFactor":2,"sensitivityCoefficient":1,"scale":"Absolute","degreesOfFreedom":null}],"method":{"coverage":"P95","significantDigits":2,"guardBandFactor":1,"calibrationRule":"SimpleAcceptance"},"correlation":null}', NULL, 1, 'JJF 1587-2016');
SELECT changes();


CREATE INDEX "IX_WorkOrders_TemplateId" ON "WorkOrders" ("TemplateId");

CREATE INDEX "IX_ResultRecords_TemplateId" ON "ResultRecords" ("TemplateId");

CREATE UNIQUE INDEX "IX_ProcedureTemplates_ProcedureCode_LaboratoryCode_Number" ON "ProcedureTemplates" ("ProcedureCode", "LaboratoryCode", "Number");

CREATE TABLE "ef_temp_ResultRecords" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ResultRecords" PRIMARY KEY,
    "Conclusion" TEXT NOT NULL,
    "DecisionRule" TEXT NOT NULL,
    "EquipmentAssetNos" TEXT NOT NULL,
    "GuardBandFactor" REAL NOT NULL DEFAULT 1.0,
    "HumidityPct" REAL NOT NULL,
    "Location" TEXT NOT NULL,
    "Number" INTEGER NOT NULL,
    "PerformedOn" TEXT NOT NULL,
    "Points" TEXT NOT NULL,
    "RecordedAt" INTEGER NOT NULL,
    "RecordedBy" TEXT NOT NULL,
    "Remarks" TEXT NOT NULL,
    "TemperatureC" REAL NOT NULL,
    "TemplateId" TEXT NULL,
    "TestItems" TEXT NOT NULL DEFAULT '[]',
    "WorkOrderId" TEXT NOT NULL,
    CONSTRAINT "FK_ResultRecords_ProcedureTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "ProcedureTemplates" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_ResultRecords_WorkOrders_WorkOrderId" FOREIGN KEY ("WorkOrderId") REFERENCES "WorkOrders" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_ResultRecords" ("Id", "Conclusion", "DecisionRule", "EquipmentAssetNos", "GuardBandFactor", "HumidityPct", "Location", "Number", "PerformedOn", "Points", "RecordedAt", "RecordedBy", "Remarks", "TemperatureC", "TemplateId", "TestItems", "WorkOrderId")
SELECT "Id", "Conclusion", "DecisionRule", "EquipmentAssetNos", "GuardBandFactor", "HumidityPct", "Location", "Number", "PerformedOn", "Points", "RecordedAt", "RecordedBy", "Remarks", "TemperatureC", "TemplateId", "TestItems", "WorkOrderId"
FROM "ResultRecords";

CREATE TABLE "ef_temp_WorkOrders" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_WorkOrders" PRIMARY KEY,
    "ApprovedAt" INTEGER NULL,
    "ApprovedBy" TEXT NULL,
    "AssignedAt" INTEGER NULL,
    "Assignee" TEXT NULL,
    "CancellationReason" TEXT NULL,
    "CertificateNo" TEXT NULL,
    "CustomerId" TEXT NOT NULL,
    "InstrumentId" TEXT NOT NULL,
    "LaboratoryCode" TEXT NOT NULL,
    "Number" TEXT NOT NULL,
    "Parameters" TEXT NULL,
    "PerformedBy" TEXT NULL,
    "ProcedureCode" TEXT NOT NULL,
    "RegisteredAt" INTEGER NOT NULL,
    "ResultCount" INTEGER NOT NULL,
    "ReviewComment" TEXT NULL,
    "ReviewedBy" TEXT NULL,
    "Service" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "SubmissionId" TEXT NOT NULL,
    "TemplateId" TEXT NULL,
    "TurnaroundDays" INTEGER NULL,
    "Version" INTEGER NOT NULL,
    CONSTRAINT "FK_WorkOrders_Instruments_InstrumentId" FOREIGN KEY ("InstrumentId") REFERENCES "Instruments" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkOrders_ProcedureTemplates_TemplateId" FOREIGN KEY ("TemplateId") REFERENCES "ProcedureTemplates" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_WorkOrders_Submissions_SubmissionId" FOREIGN KEY ("SubmissionId") REFERENCES "Submissions" ("Id") ON DELETE RESTRICT
);

INSERT INTO "ef_temp_WorkOrders" ("Id", "ApprovedAt", "ApprovedBy", "AssignedAt", "Assignee", "CancellationReason", "CertificateNo", "CustomerId", "InstrumentId", "LaboratoryCode", "Number", "Parameters", "PerformedBy", "ProcedureCode", "RegisteredAt", "ResultCount", "ReviewComment", "ReviewedBy", "Service", "Status", "SubmissionId", "TemplateId", "TurnaroundDays", "Version")
SELECT "Id", "ApprovedAt", "ApprovedBy", "AssignedAt", "Assignee", "CancellationReason", "CertificateNo", "CustomerId", "InstrumentId", "LaboratoryCode", "Number", "Parameters", "PerformedBy", "ProcedureCode", "RegisteredAt", "ResultCount", "ReviewComment", "ReviewedBy", "Service", "Status", "SubmissionId", "TemplateId", "TurnaroundDays", "Version"
FROM "WorkOrders";

COMMIT;

PRAGMA foreign_keys = 0;

BEGIN TRANSACTION;
DROP TABLE "ResultRecords";

ALTER TABLE "ef_temp_ResultRecords" RENAME TO "ResultRecords";

DROP TABLE "WorkOrders";

ALTER TABLE "ef_temp_WorkOrders" RENAME TO "WorkOrders";

COMMIT;

PRAGMA foreign_keys = 1;

BEGIN TRANSACTION;
CREATE INDEX "IX_ResultRecords_TemplateId" ON "ResultRecords" ("TemplateId");

CREATE UNIQUE INDEX "IX_ResultRecords_WorkOrderId_Number" ON "ResultRecords" ("WorkOrderId", "Number");

CREATE INDEX "IX_WorkOrders_Assignee" ON "WorkOrders" ("Assignee");

CREATE INDEX "IX_WorkOrders_InstrumentLaboratory" ON "WorkOrders" ("InstrumentId", "LaboratoryCode", "RegisteredAt");

CREATE UNIQUE INDEX "IX_WorkOrders_Number" ON "WorkOrders" ("Number");

CREATE INDEX "IX_WorkOrders_Open" ON "WorkOrders" ("LaboratoryCode", "RegisteredAt") WHERE "Status" IN ('Registered', 'Assigned', 'ResultsRecorded', 'Reviewed', 'Rejected');

CREATE INDEX "IX_WorkOrders_Status_LaboratoryCode" ON "WorkOrders" ("Status", "LaboratoryCode");

CREATE INDEX "IX_WorkOrders_SubmissionId" ON "WorkOrders" ("SubmissionId");

CREATE INDEX "IX_WorkOrders_TemplateId" ON "WorkOrders" ("TemplateId");

CREATE INDEX "IX_WorkOrders_TurnaroundByApproval" ON "WorkOrders" ("TurnaroundDays", "ApprovedAt", "LaboratoryCode");

COMMIT;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203212050_ProcedureTemplatesAndLaboratorySeals', '10.0.15');

