-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "termEndsOn" DATE;

-- CreateIndex
CREATE INDEX "Agreement_termEndsOn_idx" ON "Agreement"("termEndsOn");

