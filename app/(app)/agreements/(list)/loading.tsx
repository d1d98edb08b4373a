import { LoadingNote } from "@/components/layout/loading-note";

export default LoadingNote;
