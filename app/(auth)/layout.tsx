export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  return (
    <main id="main" className="auth-page">
      <p className="brand">Parley</p>
      {children}
    </main>
  );
}
