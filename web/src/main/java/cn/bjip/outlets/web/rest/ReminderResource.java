package cn.bjip.outlets.web.rest;

import cn.bjip.outlets.platform.PageResult;
import cn.bjip.outlets.reminder.ReminderService;
import cn.bjip.outlets.reminder.ReminderView;
import cn.bjip.outlets.reminder.TodoItem;
import cn.bjip.outlets.reminder.TodoService;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** The caller's to-do list and reminders (UX-6), and their choice of reminder e-mail: {@code {"mailOff": true}}. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReminderResource {

    /** The body of {@code PUT me/mail}. */
    public record MailChoice(Boolean mailOff) {
    }

    @EJB
    private TodoService todo;

    @EJB
    private ReminderService reminders;

    @GET
    @Path("todo")
    public List<TodoItem> todo() {
        return todo.mine();
    }

    @GET
    @Path("reminders")
    public PageResult<ReminderView> reminders(@QueryParam("first") @DefaultValue("0") int first,
                                              @QueryParam("size") @DefaultValue("20") int size) {
        return reminders.mine(first, size);
    }

    @GET
    @Path("mail")
    public MailChoice mail() {
        return new MailChoice(reminders.myMailOff());
    }

    @PUT
    @Path("mail")
    public MailChoice setMail(MailChoice choice) {
        return new MailChoice(reminders.setMyMailOff(choice == null ? null : choice.mailOff()));
    }
}
