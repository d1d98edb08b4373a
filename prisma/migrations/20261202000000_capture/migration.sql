-- CreateEnum
CREATE TYPE "CitationStance" AS ENUM ('SUPPORTS', 'CONTRADICTS');

-- CreateEnum
CREATE TYPE "CaptureStatus" AS ENUM ('OPEN', 'CONFIRMED', 'DISCARDED');

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "endOffset" INTEGER,
ADD COLUMN     "stance" "CitationStance" NOT NULL DEFAULT 'SUPPORTS',
ADD COLUMN     "startOffset" INTEGER;

-- CreateTable
CREATE TABLE "CaptureDraft" (
    "id" SERIAL NOT NULL,
    "authorId" INTEGER NOT NULL,
    "status" "CaptureStatus" NOT NULL DEFAULT 'OPEN',
    "draft" JSONB NOT NULL,
    "choices" JSONB,
    "title" TEXT,
    "dialogueId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    CONSTRAINT "CaptureDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaptureIgnoredTerm" (
    "id" SERIAL NOT NULL,
    "term" TEXT NOT NULL,
    "createdById" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaptureIgnoredTerm_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "CaptureDraft_authorId_status_updatedAt_idx" ON "CaptureDraft"("authorId", "status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "CaptureIgnoredTerm_term_key" ON "CaptureIgnoredTerm"("term");

-- AddForeignKey
ALTER TABLE "CaptureDraft" ADD CONSTRAINT "CaptureDraft_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

