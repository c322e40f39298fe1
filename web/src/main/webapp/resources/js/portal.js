/* The portal's own behaviour, from a file: the pages carry no inline script (their Content-Security-Policy allows
   only scripts of this site and PrimeFaces' nonce-marked ones). */
document.addEventListener('change', function (event) {
    // a change inside an application's content re-checks its eligibility (p:remoteCommand "recheck")
    if (event.target.closest && event.target.closest('.recheck-on-change') && typeof window.recheck === 'function') {
        window.recheck();
    }
});
