//! The HTTP side of `serve` (axum): every path is answered from the
//! snapshot in memory ([`super::site`]); three paths under `/__mueang/`
//! are serve's own: the reload script, the overlay's style, and the
//! stream of server-sent events that says when a build has finished.
//! A request for a host not of this computer ([`super::hosts`]) is
//! answered 403 before anything else.

use std::convert::Infallible;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::{Path, Request, State};
use axum::http::{HeaderValue, Method, StatusCode, Uri, header};
use axum::middleware::Next;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use tokio::sync::oneshot;
use tokio_stream::wrappers::BroadcastStream;
use tokio_stream::{Stream, StreamExt};

use super::hosts::Hosts;
use super::shared::{ServeError, Shared};
use super::site::{INTERNAL, build_tag};
use crate::catalogue::{Said, Told};
use crate::lang::Lang;

const LIVE_JS: &str = include_str!("live.js");
const WORKER_JS: &str = include_str!("worker.js");
const OVERLAY_CSS: &str = include_str!("overlay.css");

/// Starts the server on its own thread; sending on the returned channel
/// (or dropping it) stops it.
pub(super) fn spawn(
    listener: std::net::TcpListener,
    shared: Arc<Shared>,
    hosts: Hosts,
) -> Result<(oneshot::Sender<()>, JoinHandle<()>), ServeError> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(ServeError::Runtime)?;
    let (stop, stopped) = oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("mueang-serve".into())
        .spawn(move || {
            let lang = shared.lang;
            runtime.block_on(async move {
                let listener = match tokio::net::TcpListener::from_std(listener) {
                    Ok(l) => l,
                    Err(e) => {
                        eprintln!("{}", ServeError::Runtime(e).told().error_text(lang));
                        return;
                    }
                };
                let server = tokio::spawn(async move {
                    if let Err(e) = axum::serve(listener, router(shared, hosts)).await {
                        let told =
                            Told::new(Said::new("serve-stopped").arg("error", e.to_string()), None);
                        eprintln!("{}", told.error_text(lang));
                    }
                });
                let _ = stopped.await;
                server.abort();
            });
            // Open reload streams never end by themselves; drop them.
            runtime.shutdown_timeout(Duration::from_millis(100));
        })
        .map_err(ServeError::Runtime)?;
    Ok((stop, thread))
}

fn router(shared: Arc<Shared>, hosts: Hosts) -> Router {
    let lang = shared.lang;
    Router::new()
        .route(&format!("{INTERNAL}live.js"), get(live_js))
        .route(&format!("{INTERNAL}worker.js"), get(worker_js))
        .route(&format!("{INTERNAL}overlay.css"), get(overlay_css))
        .route(&format!("{INTERNAL}events"), get(events))
        .route(&format!("{INTERNAL}fonts/{{file}}"), get(font))
        .fallback(page)
        .with_state(shared)
        .layer(axum::middleware::from_fn_with_state(
            Arc::new((hosts, lang)),
            known_host,
        ))
}

/// Answers 403 to a request whose `Host:` (or target's authority) is not
/// a name of this computer or an allowed one: a page of another site
/// that made its name point here (DNS rebinding) cannot read the preview.
async fn known_host(
    State(known): State<Arc<(Hosts, Lang)>>,
    request: Request,
    next: Next,
) -> Response {
    let (hosts, lang) = (&known.0, known.1);
    let named = request
        .headers()
        .get(header::HOST)
        .map(|h| String::from_utf8_lossy(h.as_bytes()).into_owned());
    let authority = request.uri().authority().map(|a| a.as_str().to_string());
    let refused = match (&named, &authority) {
        (None, None) => Some(String::new()),
        _ => [&named, &authority]
            .into_iter()
            .flatten()
            .find(|h| !hosts.allows(h))
            .cloned(),
    };
    let Some(host) = refused else {
        return next.run(request).await;
    };
    let host = if host.is_empty() {
        Said::new("serve-no-host")
    } else {
        Said::new("as-is").arg("text", format!("`{}`", crate::diag::clip(&host)))
    };
    let told = Said::new("serve-refused").said("host", host).text(lang);
    let mut response = (StatusCode::FORBIDDEN, format!("{told}\n")).into_response();
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}

async fn live_js() -> Response {
    own_file("text/javascript; charset=utf-8", LIVE_JS)
}

async fn worker_js() -> Response {
    own_file("text/javascript; charset=utf-8", WORKER_JS)
}

async fn overlay_css() -> Response {
    own_file("text/css; charset=utf-8", OVERLAY_CSS)
}

/// The overlay's Thai letters: the default theme's own Sarabun files.
async fn font(Path(file): Path<String>) -> Response {
    let known = file.starts_with("sarabun-thai-") && file.ends_with(".woff2");
    match crate::theme::embedded_static(&format!("fonts/{file}")).filter(|_| known) {
        Some(bytes) => own_file("font/woff2", bytes),
        None => (StatusCode::NOT_FOUND, "not found\n").into_response(),
    }
}

fn own_file(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut response = Response::new(body.into());
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// `current` at once (the build being served), then `reload` after each
/// build; the data is the build's tag, which each page also carries.
async fn events(
    State(shared): State<Arc<Shared>>,
) -> Sse<impl Stream<Item = Result<Event, Infallible>>> {
    // Subscribe first, so a build that ends in between is not missed.
    let receiver = shared.reloads.subscribe();
    let current = shared.current().generation;
    let instance = shared.instance.clone();
    let first = Event::default()
        .event("current")
        .retry(Duration::from_millis(500))
        .data(build_tag(&instance, current));
    let rest = BroadcastStream::new(receiver).filter_map(move |generation| {
        generation.ok().map(|g| {
            Ok(Event::default()
                .event("reload")
                .data(build_tag(&instance, g)))
        })
    });
    Sse::new(tokio_stream::once(Ok(first)).chain(rest)).keep_alive(KeepAlive::default())
}

/// Any other path: a file of the site, from the snapshot being served.
async fn page(State(shared): State<Arc<Shared>>, method: Method, uri: Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        let mut response = (StatusCode::METHOD_NOT_ALLOWED, "only GET and HEAD\n").into_response();
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        return response;
    }
    let snapshot = shared.current();
    let reply = snapshot.reply(uri.path(), uri.query(), &shared.instance);
    let mut response = Response::new(Body::from(reply.body));
    *response.status_mut() = StatusCode::from_u16(reply.status).unwrap_or(StatusCode::OK);
    let headers = response.headers_mut();
    if let Ok(v) = HeaderValue::from_str(&reply.content_type) {
        headers.insert(header::CONTENT_TYPE, v);
    }
    if let Some(v) = reply.location.and_then(|l| HeaderValue::from_str(&l).ok()) {
        headers.insert(header::LOCATION, v);
    }
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    response
}
