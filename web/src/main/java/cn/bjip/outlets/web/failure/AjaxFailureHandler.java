package cn.bjip.outlets.web.failure;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * An AJAX request that fails would otherwise answer a partial response naming the exception, which the page does not
 * show: instead the browser is sent to the error page of the failure ({@link Failure}), with its incident number.
 * Full page requests go on to {@link PageFailureFilter}.
 */
public class AjaxFailureHandler extends ExceptionHandlerWrapper {

    public AjaxFailureHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces != null && faces.getPartialViewContext().isAjaxRequest()) {
            Failure failure = null;
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
                Throwable thrown = events.next().getContext().getException();
                events.remove();
                if (failure == null) {
                    failure = Failure.of(thrown, faces.getExternalContext().getRequestServletPath());
                }
            }
            if (failure != null) {
                if (failure.denied() != null) {
                    RefusalLog.current().denied(failure.denied(), "POST", faces.getExternalContext().getRequestServletPath());
                }
                redirect(faces, failure);
                return;
            }
        }
        super.handle();
    }

    private static void redirect(FacesContext faces, Failure failure) {
        ExternalContext external = faces.getExternalContext();
        String target = failure.expiredView() ? external.getRequestServletPath()
                : "/error.xhtml?status=" + failure.status() + (failure.incident() == null ? "" : "&incident=" + failure.incident());
        try {
            external.redirect(external.getRequestContextPath() + target);
            faces.responseComplete();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new AjaxFailureHandler(getWrapped().getExceptionHandler());
        }
    }
}
