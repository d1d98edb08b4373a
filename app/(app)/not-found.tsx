import { NotFoundMessage } from "@/components/layout/not-found-message";

// A missing or deleted record, inside the app's layout: the navigation stays.
export default function RecordNotFound() {
  return <NotFoundMessage />;
}
