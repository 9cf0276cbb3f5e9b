// Harbour's staff service worker: shows alert push messages when no Harbour tab is open.
// A message carries only what an alert may say (how urgent, which space, a sign-in link).
self.addEventListener("push", (event) => {
  let data = { title: "Harbour: something is waiting", body: "Sign in to Harbour to see it.", url: "/staff", tag: "harbour-alert", urgent: false };
  try {
    data = { ...data, ...event.data.json() };
  } catch {
    // Not JSON: show the plain default.
  }
  event.waitUntil(self.registration.showNotification(data.title, { body: data.body, tag: data.tag, requireInteraction: data.urgent, data: { url: data.url } }));
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL(event.notification.data?.url ?? "/staff", self.location.origin);
  // Only ever open Harbour's own pages.
  const target = url.origin === self.location.origin ? url.href : new URL("/staff", self.location.origin).href;
  event.waitUntil(self.clients.openWindow(target));
});
