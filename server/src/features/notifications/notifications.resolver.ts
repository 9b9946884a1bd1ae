import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import type { RequestContext } from '../../common/request-context.js';
import { signedInUser } from '../users/signed-in.js';
import { Notification } from './notification.entity.js';
import {
  NotificationPage,
  NotificationSettings,
  SaveNotificationSettingsInput,
  SavePushSubscriptionInput,
} from './notifications.inputs.js';
import { NotificationsService } from './notifications.service.js';

/** Every signed-in person's own inbox, choices and push subscriptions. */
@Resolver(() => Notification)
export class NotificationsResolver {
  @Authorized()
  @Query(() => NotificationPage, { description: 'Hộp thư thông báo của tôi, mới nhất trước' })
  myNotifications(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext): Promise<NotificationPage> {
    return new NotificationsService(ctx.em).page(signedInUser(ctx), page);
  }

  @Authorized()
  @Query(() => Int, { description: 'Số thông báo chưa đọc của tôi' })
  unreadNotificationCount(@Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationsService(ctx.em).unreadCount(signedInUser(ctx));
  }

  @Authorized()
  @Query(() => NotificationSettings, { description: 'Lựa chọn nhận thông báo của tôi' })
  notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return new NotificationsService(ctx.em).settings(signedInUser(ctx), ctx.config.smtp !== null);
  }

  @Authorized()
  @Query(() => String, { description: 'Khóa công khai VAPID để trình duyệt đăng ký nhận thông báo đẩy' })
  pushPublicKey(@Ctx() ctx: RequestContext): Promise<string> {
    return new NotificationsService(ctx.em).pushPublicKey();
  }

  @Authorized()
  @Mutation(() => Notification, { description: 'Đánh dấu một thông báo của tôi là đã đọc' })
  markNotificationRead(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Notification> {
    return new NotificationsService(ctx.em).markRead(signedInUser(ctx), id);
  }

  @Authorized()
  @Mutation(() => Int, { description: 'Đánh dấu mọi thông báo của tôi là đã đọc; trả về số đã đánh dấu' })
  markAllNotificationsRead(@Ctx() ctx: RequestContext): Promise<number> {
    return new NotificationsService(ctx.em).markAllRead(signedInUser(ctx));
  }

  @Authorized()
  @Mutation(() => NotificationSettings, { description: 'Lưu lựa chọn loại và kênh nhận thông báo của tôi' })
  saveNotificationSettings(
    @Arg('input', () => SaveNotificationSettingsInput) input: SaveNotificationSettingsInput,
    @Ctx() ctx: RequestContext,
  ): Promise<NotificationSettings> {
    return new NotificationsService(ctx.em).saveSettings(signedInUser(ctx), input, ctx.config.smtp !== null);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Lưu đăng ký nhận thông báo đẩy của trình duyệt này cho tôi' })
  savePushSubscription(
    @Arg('input', () => SavePushSubscriptionInput) input: SavePushSubscriptionInput,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return new NotificationsService(ctx.em).saveSubscription(signedInUser(ctx), input, ctx.config.env === 'production');
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Bỏ đăng ký nhận thông báo đẩy của trình duyệt này' })
  removePushSubscription(
    @Arg('endpoint', () => String) endpoint: string,
    @Ctx() ctx: RequestContext,
  ): Promise<boolean> {
    return new NotificationsService(ctx.em).removeSubscription(signedInUser(ctx), endpoint);
  }
}
